namespace IomSim.Seeds.Tests;

public sealed class BadSeedDataTests
{
    private const string Membership = SeedFiles.Membership;

    [Fact]
    public void Unknown_state_code_names_file_line_and_field()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(Membership, "CHN,member");
        seeds.Edit(Membership, line, l => "XYZ" + l[3..]);

        var error = seeds.LoadFails();

        Assert.Equal("seeds/iom-membership.csv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal("code", error.Field);
        Assert.Contains("'XYZ' is not a state in seeds/states.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_date_names_file_line_and_field()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(Membership, "CHN,member");
        seeds.Edit(Membership, line, l => l.Replace("2016-06-30,2016-06-30,2016-06-30", "2016-06-30,2016-06-30,2016-13-01", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/iom-membership.csv", line, "from_latest"), (error.File, error.Line, error.Field));
        Assert.Equal(
            $"seeds/iom-membership.csv line {line}, field 'from_latest': '2016-13-01' is not a date (expected YYYY-MM-DD or YYYY)",
            error.Message);
    }

    [Fact]
    public void Duplicate_row_names_file_line_and_field()
    {
        using var seeds = new TempSeeds();
        var copied = seeds.Lines(SeedFiles.Groups)[seeds.LineStartingWith(SeedFiles.Groups, "GBR,EU,") - 1];
        var line = seeds.Append(SeedFiles.Groups, copied);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/groups.csv", line, "code"), (error.File, error.Line, error.Field));
        Assert.Contains("duplicate row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_membership_row_is_caught()
    {
        using var seeds = new TempSeeds();
        var copied = seeds.Lines(Membership)[seeds.LineStartingWith(Membership, "BRB,member") - 1];
        var line = seeds.Append(Membership, copied);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/iom-membership.csv", line, "code"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Missing_source_names_file_line_and_field()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.NonMembers2016, "IRN,");
        seeds.Edit(SeedFiles.NonMembers2016, line, _ => "IRN,");

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/non-members-2016.csv", line, "source"), (error.File, error.Line, error.Field));
        Assert.Contains("expected a source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_column_is_reported_on_the_header()
    {
        using var seeds = new TempSeeds();
        seeds.Edit(SeedFiles.Behaviour, 1, l => l.Replace(",attendance", ",presence", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/behaviour.csv", 1, "attendance"), (error.File, error.Line, error.Field));
        Assert.Contains("missing column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_out_of_range_is_caught()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.Relations, "UKR,RUS,");
        seeds.Edit(SeedFiles.Relations, line, l => l.Replace("UKR,RUS,-0.8,", "UKR,RUS,-1.5,", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/relations.csv", line, "weight"), (error.File, error.Line, error.Field));
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Behaviour_above_one_is_caught()
    {
        using var seeds = new TempSeeds();
        seeds.Edit(SeedFiles.Behaviour, 2, l => l.Replace("*,0.1,", "*,1.1,", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/behaviour.csv", 2, "consensus_break_propensity"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Unknown_code_in_the_yaml_names_line_and_path()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.DocumentedOutcomes, "        states: [GEO, UKR]");
        seeds.Edit(SeedFiles.DocumentedOutcomes, line, l => l.Replace("[GEO, UKR]", "[GEO, XUK]", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/documented-outcomes.yaml", line, "events[1].named_votes[0].states[1]"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void A_tally_that_contradicts_the_named_lists_is_caught()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.DocumentedOutcomes, "        states: [CZE, HUN, ISR, POL, USA]");
        seeds.Edit(SeedFiles.DocumentedOutcomes, line, l => l.Replace("POL, USA", "USA", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal("seeds/documented-outcomes.yaml", error.File);
        Assert.Equal("events[2].others_vote", error.Field);
    }

    [Fact]
    public void Overlapping_membership_spells_are_caught()
    {
        using var seeds = new TempSeeds();
        var line = seeds.Append(Membership, "CHN,observer,,2015-01-01,2015-01-01,,documented,test,");

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/iom-membership.csv", line, "from_latest"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Namibia_NA_is_text_not_missing()
    {
        using var seeds = new TempSeeds();
        var world = SeedLoader.Load(seeds.Directory);
        Assert.Equal("NA", world.States[Domain.World.StateCode.Parse("NAM")].Iso2);
    }

    [Fact]
    public void Missing_positions_file_loads_without_positions()
    {
        using var seeds = new TempSeeds();
        seeds.Delete(SeedFiles.Positions);

        var world = SeedLoader.Load(seeds.Directory);

        Assert.False(world.HasPositions);
        Assert.Empty(world.Positions);
    }

    [Fact]
    public void Positions_file_is_read_and_checked()
    {
        using var seeds = new TempSeeds();
        seeds.Write(SeedFiles.Positions, [
            "code,alignment,rights,votes,basis,source",
            "NAM,0.1,0.2,700,roll-calls,test",
            "COK,0,0,0,default,test",
        ]);

        var world = SeedLoader.Load(seeds.Directory);

        Assert.True(world.HasPositions);
        Assert.Equal(2, world.Positions.Count);
        Assert.Equal(Domain.World.ValueBasis.RollCalls, world.Positions[Domain.World.StateCode.Parse("NAM")].Basis);

        seeds.Write(SeedFiles.Positions, ["code,alignment,rights,votes,basis,source", "NAM,0.1,0.2,700,guess,test"]);
        var error = seeds.LoadFails();
        Assert.Equal(("seeds/positions.csv", 2, "basis"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void A_name_with_a_comma_must_be_quoted()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.States, "VEN,");
        seeds.Edit(SeedFiles.States, line, l => l.Replace("Venezuela (Bolivarian Republic of)", "Venezuela, Bolivarian Republic of", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/states.csv", line), (error.File, error.Line));
        Assert.Contains("quote fields that contain commas", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var seeds = new TempSeeds();
        seeds.Delete(SeedFiles.Groups);

        Assert.Equal("seeds/groups.csv", seeds.LoadFails().File);
    }

    [Fact]
    public void Assessed_payment_above_one_is_caught()
    {
        using var seeds = new TempSeeds();
        seeds.Edit(SeedFiles.Behaviour, 2, l => l.Replace("*,0.1,0.1,0.9,1.0,", "*,0.1,0.1,0.9,1.5,", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/behaviour.csv", 2, "assessed_payment"), (error.File, error.Line, error.Field));
    }

    [Theory]
    [InlineData("2021,USA,", "2021,XYZ,", "donor", "'XYZ' is not a state in seeds/states.csv")]
    [InlineData("2021,USA,", "2021,un-pooled,", "donor", "is not a donor id")]
    [InlineData("2021,USA,", "1950,USA,", "year", "'1950' is not a year from 1951 to 2100")]
    [InlineData("2021,USA,", "2021,USA-FUND,", "kind", "'state' does not fit USA-FUND")]
    [InlineData("2021,USA,United States of America,state,", "2021,USA,United States of America,other,", "kind", "'other' does not fit USA")]
    [InlineData("2021,USA,United States of America,state,13925285.39,", "2021,USA,United States of America,state,13.925.285,", "assessed_usd", "is not an amount")]
    public void Bad_contribution_rows_name_file_line_and_field(string prefix, string replacement, string field, string problem)
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.Contributions, prefix);
        seeds.Edit(SeedFiles.Contributions, line, l => replacement + l[prefix.Length..]);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/contributions.csv", line, field), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_contribution_row_is_caught()
    {
        using var seeds = new TempSeeds();
        var copied = seeds.Lines(SeedFiles.Contributions)[seeds.LineStartingWith(SeedFiles.Contributions, "2022,CHN,") - 1];
        var line = seeds.Append(SeedFiles.Contributions, copied);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/contributions.csv", line, "donor"), (error.File, error.Line, error.Field));
        Assert.Contains("duplicate row: CHN in 2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_contributions_load_as_recorded()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.Contributions, "2022,CHN,");
        seeds.Edit(SeedFiles.Contributions, line, l => l.Replace(",320493.0,", ",-320493.0,", StringComparison.Ordinal));

        var world = SeedLoader.Load(seeds.Directory);

        Assert.Equal(-320493.0m, world.Funding.ContributionsIn(2022).Single(c => c.Donor.Value == "CHN").EarmarkedUsd);
    }

    [Theory]
    [InlineData("emergency-response:2 ", "disaster-relief:2 ", "themes", "'disaster-relief' is not a theme")]
    [InlineData("emergency-response:2 ", "emergency-response:6 ", "themes", "out of range")]
    [InlineData("emergency-response:2 ", "emergency-response:-1 ", "themes", "out of range")]
    [InlineData("emergency-response:2 ", "emergency-response:two ", "themes", "is not a number")]
    [InlineData("americas:1.5 ", "oceania:1.5 ", "regions", "'oceania' is not a region")]
    [InlineData("USA,", "KOSOVO-FUND,", "donor", "has no contributions in seeds/contributions.csv")]
    [InlineData("USA,", "ZZZ,", "donor", "'ZZZ' is not a state in seeds/states.csv")]
    public void Bad_donor_priorities_name_file_line_and_field(string text, string replacement, string field, string problem)
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.DonorPriorities, "USA,");
        seeds.Edit(SeedFiles.DonorPriorities, line, l => ReplaceFirst(l, text, replacement));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/donor-priorities.csv", line, field), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emergency-response,africa,", "emergency-relief,africa,", "theme", "is not a theme")]
    [InlineData("emergency-response,africa,", "emergency-response,oceania,", "region", "is not a region")]
    [InlineData(",SSD ETH SOM NGA COD,", ",SSD ETH XXX NGA COD,", "countries", "'XXX' is not a state in seeds/states.csv")]
    [InlineData(",2016,2021,", ",2016,2201,", "to_year", "'2201' is not a year from 1951 to 2100")]
    [InlineData(",2016,2021,", ",2021,2016,", "to_year", "is before from_year")]
    public void Bad_appeal_plan_rows_name_file_line_and_field(string text, string replacement, string field, string problem)
    {
        using var seeds = new TempSeeds();
        seeds.Edit(SeedFiles.AppealPlan, 2, l => ReplaceFirst(l, text, replacement));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/appeal-plan.csv", 2, field), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_shares_that_do_not_add_up_to_one_name_the_year()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.AppealPlan, "emergency-response,americas,0.06,");
        seeds.Edit(SeedFiles.AppealPlan, line, l => l.Replace(",2016,2024,", ",2016,2022,", StringComparison.Ordinal));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/appeal-plan.csv", "share"), (error.File, error.Field));
        Assert.Contains("the shares of 2023 add up to 0.94", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",1615600000,", ",-1615600000,", "total_revenue_usd", "out of range")]
    [InlineData(",45900000,", ",1700000000,", "total_revenue_usd", "is less than assessed + earmarked + unearmarked")]
    [InlineData(",1.015,", ",0,", "usd_per_chf", "expected a rate above 0")]
    [InlineData(",1.015,", ",-1.015,", "usd_per_chf", "out of range")]
    [InlineData(",45221675,", ",-45221675,", "administrative_part_chf", "out of range")]
    [InlineData(",inferred,1.015,", ",guessed,1.015,", "administrative_part_basis", "is not an allowed basis")]
    [InlineData("2016,", "2016.5,", "year", "is not a year")]
    public void Bad_funding_years_name_file_line_and_field(string text, string replacement, string field, string problem)
    {
        using var seeds = new TempSeeds();
        seeds.Edit(SeedFiles.FundingYears, 2, l => ReplaceFirst(l, text, replacement));

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/funding-years.csv", 2, field), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_funding_year_is_caught()
    {
        using var seeds = new TempSeeds();
        var line = seeds.Append(SeedFiles.FundingYears, seeds.Lines(SeedFiles.FundingYears)[1]);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/funding-years.csv", line, "year"), (error.File, error.Line, error.Field));
    }

    [Theory]
    [InlineData("  - measure: top-five-share", "  - measure: top-ten-share", "facts[0].measure", "'top-ten-share' is not a measure")]
    [InlineData("    value: 0.80", "    value: 1.2", "facts[0].value", "out of range")]
    [InlineData("    year: 2021", "    year: 2121", "facts[0].year", "'2121' is not a year")]
    [InlineData("    donor: CHN", "    donor: XCH", "facts[10].donor", "'XCH' is not a state in seeds/states.csv")]
    public void Bad_documented_funding_names_file_line_and_path(string text, string replacement, string field, string problem)
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.DocumentedFunding, text);
        seeds.Edit(SeedFiles.DocumentedFunding, line, _ => replacement);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/documented-funding.yaml", line, field), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_per_donor_measure_needs_a_donor()
    {
        using var seeds = new TempSeeds();
        var line = seeds.LineStartingWith(SeedFiles.DocumentedFunding, "    donor: CHN");
        seeds.Edit(SeedFiles.DocumentedFunding, line, _ => string.Empty);

        var error = seeds.LoadFails();

        Assert.Equal(("seeds/documented-funding.yaml", "facts[10].donor"), (error.File, error.Field));
        Assert.Contains("per-donor measure", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SeedFiles.Contributions)]
    [InlineData(SeedFiles.FundingYears)]
    [InlineData(SeedFiles.DonorPriorities)]
    [InlineData(SeedFiles.AppealPlan)]
    [InlineData(SeedFiles.DocumentedFunding)]
    public void The_funding_files_are_required(string file)
    {
        using var seeds = new TempSeeds();
        seeds.Delete(file);

        Assert.Equal($"seeds/{file}", seeds.LoadFails().File);
    }

    private static string ReplaceFirst(string line, string text, string replacement)
    {
        var at = line.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the line");
        return string.Concat(line.AsSpan(0, at), replacement, line.AsSpan(at + text.Length));
    }
}
