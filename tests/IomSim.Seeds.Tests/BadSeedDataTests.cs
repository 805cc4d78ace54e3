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
}
