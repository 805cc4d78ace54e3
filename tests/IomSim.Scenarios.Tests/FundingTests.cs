using IomSim.Domain.Funding;
using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Tests;

/// <summary><c>funding:</c> read into <see cref="ScenarioFunding"/>: rules, pledge noise and donor changes.</summary>
public sealed class FundingTests
{
    [Fact]
    public void Every_funding_key_is_read()
    {
        var funding = Read("""
            funding:
              pledge_noise: 1.5
              overhead_rate: 0.065
              minimum_coverage_to_start: 0.4
              donors:
                - { donor: USA, scale: 0.5 }
                - { donor: CHN, match: assessed-share }
                - { donor: RUS, match: assessed-share, factor: 2, from: 2021, to: 2022 }
                - { pool: EU, into: EU, from: 2021 }
                - { donor: UN-POOLED-FUNDS, scale: 0, to: 2019 }
                - { donor: UN-POOLED-FUNDS, scale: 10, from: 2020 }
            """);

        Assert.Equal(FundingRules.Default with { OverheadRate = 0.065m, MinimumCoverageToStart = 0.4m }, funding.Rules);
        Assert.Equal(1.5, funding.PledgeNoise);
        Assert.Equal(
            [
                new DonorChange(DonorChangeKind.Scale, Donor("USA"), 0.5, null, null, null),
                new DonorChange(DonorChangeKind.MatchAssessedShare, Donor("CHN"), 1, null, null, null),
                new DonorChange(DonorChangeKind.MatchAssessedShare, Donor("RUS"), 2, null, 2021, 2022),
                new DonorChange(DonorChangeKind.Pool, Donor("EU"), 1, "EU", 2021, null),
                new DonorChange(DonorChangeKind.Scale, Donor("UN-POOLED-FUNDS"), 0, null, null, 2019),
                new DonorChange(DonorChangeKind.Scale, Donor("UN-POOLED-FUNDS"), 10, null, 2020, null),
            ],
            funding.Donors.AsEnumerable());
    }

    [Fact]
    public void Without_a_funding_section_the_defaults_apply()
    {
        var scenario = ScenarioReader.Parse(ScenarioText.Minimal, ScenarioText.File, Seeded.World);

        Assert.Same(ScenarioFunding.Default, scenario.Funding);
        Assert.Same(ScenarioFunding.Default, Read("funding:"));
        Assert.Equal(FundingRules.Default, ScenarioFunding.Default.Rules);
        Assert.Equal((0.07m, 0.25m), (ScenarioFunding.Default.Rules.OverheadRate, ScenarioFunding.Default.Rules.MinimumCoverageToStart));
        Assert.Equal(0.5, ScenarioFunding.Default.PledgeNoise);
        Assert.True(ScenarioFunding.Default.Donors.IsEmpty);
    }

    [Fact]
    public void Keys_left_out_keep_their_defaults()
    {
        var funding = Read("funding: { overhead_rate: 0.05 }");

        Assert.Equal(FundingRules.Default with { OverheadRate = 0.05m }, funding.Rules);
        Assert.Equal(0.5, funding.PledgeNoise);
        Assert.True(funding.Donors.IsEmpty);
        Assert.False(funding.Donors.IsDefault);
        Assert.Equal(0.25m, Read("funding: { donors: [] }").Rules.MinimumCoverageToStart);
    }

    [Theory]
    [InlineData("0.07", "0.07")]
    [InlineData("7e-2", "0.07")]
    [InlineData(".1", "0.1")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("0.123456789012345678", "0.123456789012345678")]
    public void Rates_are_read_as_exact_decimals(string written, string expected)
    {
        var rules = Read($"funding: {{ overhead_rate: {written}, minimum_coverage_to_start: {written} }}").Rules;

        var value = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((value, value), (rules.OverheadRate, rules.MinimumCoverageToStart));
    }

    [Fact]
    public void Pledge_noise_takes_its_whole_range()
    {
        Assert.Equal(0, Read("funding: { pledge_noise: 0 }").PledgeNoise);
        Assert.Equal(5, Read("funding: { pledge_noise: 5 }").PledgeNoise);
    }

    [Fact]
    public void The_same_donor_or_group_may_change_again_in_other_years()
    {
        var funding = Read("""
            funding:
              donors:
                - { donor: USA, scale: 0.5, from: 2017, to: 2020 }
                - { donor: USA, match: assessed-share, from: 2021 }
                - { pool: EU, into: EU, to: 2020 }
                - { pool: EU, into: DEU, from: 2021, to: 2021 }
                - { pool: OECD-DAC, into: EU, from: 2022 }
            """);

        Assert.Equal(
            [(DonorChangeKind.Scale, "USA"), (DonorChangeKind.MatchAssessedShare, "USA"), (DonorChangeKind.Pool, "EU"), (DonorChangeKind.Pool, "DEU"), (DonorChangeKind.Pool, "EU")],
            funding.Donors.Select(d => (d.Kind, d.Donor.Value)));
        Assert.Equal(["EU", "EU", "OECD-DAC"], funding.Donors.Where(d => d.Kind == DonorChangeKind.Pool).Select(d => d.Group));
    }

    [Fact]
    public void As_many_donor_changes_as_the_limit_are_read()
    {
        // Donors must be contributors in the seeds: ten of them, each changed in 100 different single years.
        var donors = Seeded.World.Funding.Donors.Keys.Take(10).ToArray();
        var entries = Enumerable.Range(0, ScenarioFormat.MaxDonorChanges)
            .Select(i => $"    - {{ donor: {donors[i / 100]}, scale: 1, from: {1960 + (i % 100)}, to: {1960 + (i % 100)} }}");

        var funding = Read("funding:\n  donors:\n" + string.Join('\n', entries));

        Assert.Equal(ScenarioFormat.MaxDonorChanges, funding.Donors.Length);
        Assert.Equal(donors[9], funding.Donors[^1].Donor);
    }

    private static ScenarioFunding Read(string lines) =>
        ScenarioReader.Parse(ScenarioText.WithTop(lines), ScenarioText.File, Seeded.World).Funding;

    private static DonorId Donor(string id) => DonorId.Parse(id);
}
