using System.Globalization;

namespace IomSim.Scenarios.Tests;

/// <summary>Errors in <c>funding.donors</c>, each at its line and column; entry n stands on line 6 + n, its <c>{</c> at column 7.</summary>
public sealed class DonorChangeErrorTests
{
    [Fact]
    public void An_entry_is_exactly_one_of_scale_match_or_pool()
    {
        Fails(["{ donor: USA }"], 7, 7, "funding.donors entry 1 changes nothing", "exactly one of: scale, match, pool");
        Fails(["{ donor: USA, scale: 0.5 }", "{ donor: USA, scale: 0.5, pool: EU }"], 8, 33,
            "funding.donors entry 2 has both 'scale' and 'pool'", "exactly one of: scale, match, pool");
        Fails(["{ donor: CHN, match: assessed-share, scale: 1 }"], 7, 44, "funding.donors entry 1 has both 'match' and 'scale'");
    }

    [Fact]
    public void An_entry_is_a_mapping()
    {
        Fails(["USA"], 7, 7, "funding.donors entry 1 is the value 'USA'", "a mapping with the keys: donor, scale, match, factor, pool, into, from, to");
    }

    [Fact]
    public void Unknown_key_in_an_entry_lists_the_allowed_ones()
    {
        Fails(["{ donor: USA, scael: 0.5 }"], 7, 21, "unknown key 'scael' in funding.donors entry 1", "donor, scale, match, factor, pool, into, from, to");
    }

    [Fact]
    public void Keys_of_another_kind_of_change_are_refused()
    {
        Fails(["{ donor: USA, scale: 0.5, factor: 2 }"], 7, 33,
            "'factor' does not apply to a scale entry in funding.donors entry 1", "expected for scale: donor, scale, from, to)");
        Fails(["{ donor: CHN, match: assessed-share, into: EU }"], 7, 44,
            "'into' does not apply to a match entry in funding.donors entry 1", "expected for match: donor, match, factor, from, to)");
        Fails(["{ pool: EU, into: EU, donor: DEU }"], 7, 29,
            "'donor' does not apply to a pool entry in funding.donors entry 1", "expected for pool: pool, into, from, to)");
    }

    [Fact]
    public void Missing_donor_or_into_points_at_the_entry()
    {
        Fails(["{ scale: 0.5 }"], 7, 7, "missing required field 'donor' in funding.donors entry 1", "a state code such as USA");
        Fails(["{ match: assessed-share }"], 7, 7, "missing required field 'donor' in funding.donors entry 1", "a state code such as CHN");
        Fails(["{ pool: EU }"], 7, 7, "missing required field 'into' in funding.donors entry 1", "the donor the group's money goes through");
        Fails(["{ donor: USA, scale: }"], 7, 28, "scale is empty", "a factor from 0 to 10");
    }

    [Theory]
    [InlineData("{ donor: usa, scale: 0.5 }", 16, "donor 'usa' is not a donor id")]
    [InlineData("{ donor: E, scale: 0.5 }", 16, "donor 'E' is not a donor id")]
    [InlineData("{ donor: UN POOLED, scale: 0.5 }", 16, "donor 'UN POOLED' is not a donor id")]
    [InlineData("{ pool: EU, into: eu }", 25, "into 'eu' is not a donor id")]
    public void Donors_are_donor_ids(string entry, int column, string problem)
    {
        Fails([entry], 7, column, problem, "upper-case letters, digits and hyphens such as EU or UN-POOLED-FUNDS");
    }

    [Theory]
    [InlineData("{ donor: USA, scale: 10.5 }", 28, "scale 10.5 is out of range")]
    [InlineData("{ donor: USA, scale: -0.5 }", 28, "scale -0.5 is out of range")]
    [InlineData("{ donor: USA, scale: half }", 28, "scale 'half' is not a number")]
    [InlineData("{ donor: CHN, match: assessed-share, factor: 11 }", 52, "factor 11 is out of range")]
    public void Factors_are_numbers_from_0_to_10(string entry, int column, string problem)
    {
        Fails([entry], 7, column, problem, "a number from 0 to 10");
    }

    [Fact]
    public void Match_knows_only_the_assessed_share()
    {
        Fails(["{ donor: CHN, match: gdp }"], 7, 28, "unknown match 'gdp'", "expected assessed-share: the state's share of the scale of assessment");
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("XXX")]
    [InlineData("UN-POOLED-FUNDS")]
    public void Only_a_state_matches_its_assessed_share(string donor)
    {
        Fails([$"{{ donor: {donor}, match: assessed-share }}"], 7, 16,
            $"donor {donor} is not a state listed in seeds/states.csv", "only states have");
    }

    [Fact]
    public void Pools_name_a_seeded_group()
    {
        Fails(["{ pool: Eu, into: EU }"], 7, 15, "unknown group 'Eu'", "one of the groups in seeds/groups.csv: ASEAN, AU, CIS, EU");
        Fails(["{ pool: \"E U\", into: EU }"], 7, 15, "pool 'E U' is not a group id", "letters, digits and hyphens");
    }

    [Theory]
    [InlineData("{ donor: USA, scale: 0.5, from: 2022, to: 2021 }", 49, "to 2021 is before from 2022 in funding.donors entry 1", "to no earlier than from")]
    [InlineData("{ donor: USA, scale: 0.5, from: 1950 }", 39, "from 1950 is out of range", "a year from 1951 to 2100")]
    [InlineData("{ donor: USA, scale: 0.5, to: 2101 }", 37, "to 2101 is out of range", "a year from 1951 to 2100")]
    [InlineData("{ pool: EU, into: EU, from: 2021.5 }", 35, "from '2021.5' is not a whole number", "a year from 1951 to 2100")]
    public void Years_are_in_range_and_in_order(string entry, int column, string problem, string expected)
    {
        Fails([entry], 7, column, problem, expected);
    }

    [Fact]
    public void A_pooled_donor_is_not_also_scaled_or_matched_whatever_the_years()
    {
        Fails(["{ pool: EU, into: EU }", "{ donor: EU, scale: 2 }"], 8, 16,
            "donor EU already takes group EU's pooled money in funding.donors entry 1, so it cannot also be scaled",
            "a scale or match only on a donor that no pool entry names");
        Fails(["{ donor: EU, scale: 2, to: 2020 }", "{ pool: EU, into: EU, from: 2021 }"], 8, 25,
            "donor EU is already scaled by funding.donors entry 1, so it cannot take group EU's pooled money",
            "a pool into a donor that no scale or match entry names");
        Fails(["{ donor: DEU, match: assessed-share }", "{ donor: USA, scale: 1 }", "{ pool: EU, into: DEU }"], 9, 25,
            "donor DEU is already matched to its assessed share by funding.donors entry 1, so it cannot take group EU's pooled money");
        Fails(["{ pool: EU, into: DEU }", "{ donor: DEU, match: assessed-share, from: 2030 }"], 8, 16,
            "donor DEU already takes group EU's pooled money in funding.donors entry 1, so it cannot also be matched to its assessed share");
    }

    [Fact]
    public void A_donor_is_scaled_or_matched_once_in_any_year()
    {
        Fails(["{ donor: USA, scale: 0.5, from: 2020 }", "{ donor: USA, match: assessed-share, from: 2021, to: 2022 }"], 8, 16,
            "donor USA is also changed by funding.donors entry 1 in overlapping years", "at most one scale or match per donor in any year");
        Fails(["{ donor: USA, scale: 0.5, to: 2021 }", "{ donor: USA, scale: 0.7, from: 2021 }"], 8, 16,
            "donor USA is also changed by funding.donors entry 1 in overlapping years");
    }

    [Fact]
    public void A_group_is_pooled_once_in_any_year()
    {
        Fails(["{ pool: EU, into: EU }", "{ pool: EU, into: DEU, from: 2021 }"], 8, 15,
            "group EU is also pooled by funding.donors entry 1 in overlapping years", "each group pooled at most once in any year");
    }

    [Fact]
    public void More_donor_changes_than_the_limit_are_refused_at_the_first_too_many()
    {
        var limit = ScenarioFormat.MaxDonorChanges;
        var entries = Enumerable.Range(0, limit + 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{ donor: D{i:0000}, scale: 1 }}"));

        Fails([.. entries], 7 + limit, 7, "funding.donors has more than 1,000 entries", "at most 1,000 donor changes");
    }

    /// <summary>Reads a scenario whose <c>funding.donors</c> holds <paramref name="entries"/> and checks the error.</summary>
    private static void Fails(string[] entries, int line, int column, params string[] parts) =>
        ScenarioText.Fails(ScenarioText.WithTop("funding:\n  donors:\n" + string.Join('\n', entries.Select(e => "    - " + e))), line, column, parts);
}
