using System.Collections.Immutable;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios;

namespace IomSim.Engine.Tests.Sweeps;

/// <summary>The grid of a sweep: values, order, canonical text and keys.</summary>
public sealed class SweepGridTests
{
    [Fact]
    public void Values_are_evenly_spaced_with_both_ends_and_one_step_is_from_only()
    {
        Assert.Equal([0.5, 1.0, 1.5], Axis("parameters.noise", 0.5, 1.5, 3).Values.ToArray());
        Assert.Equal([0.1, 0.3], Axis("parameters.noise", 0.1, 0.3, 2).Values.ToArray());
        Assert.Equal([2.0], Axis("parameters.noise", 2, 9, 1).Values.ToArray());

        // Steps are exact where the decimal values are: no 0.30000000000000004 in a setting's name.
        Assert.Equal([0.1, 0.3, 0.5, 0.7, 0.9], Axis("parameters.noise", 0.1, 0.9, 5).Values.ToArray());
    }

    [Fact]
    public void The_last_number_changes_fastest_and_each_setting_has_its_own_key()
    {
        var axes = new[] { Axis("parameters.noise", 1, 2, 2), Axis("relation.UKR.RUS", -1, 1, 3) }.ToImmutableArray();

        var settings = SweepGrid.Of(axes);

        Assert.Equal(6, settings.Length);
        Assert.Equal("parameters.noise=1;relation.UKR.RUS=-1", settings[0].Text);
        Assert.Equal("parameters.noise=1;relation.UKR.RUS=0", settings[1].Text);
        Assert.Equal("parameters.noise=2;relation.UKR.RUS=1", settings[5].Text);
        Assert.Equal([1, 2], settings[5].Levels.ToArray());
        Assert.Equal(6, settings.Select(s => s.KeyFor("abc")).Distinct().Count());
        Assert.Equal(64, settings[0].KeyFor("abc").Length);
    }

    [Fact]
    public void Nothing_varied_is_one_setting_stored_under_the_scenarios_own_hash()
    {
        var settings = SweepGrid.Of([]);

        Assert.Equal("abc", Assert.Single(settings).KeyFor("abc"));
    }

    [Fact]
    public void A_grid_beyond_the_cap_is_refused()
    {
        var axes = Enumerable.Range(0, 3).Select(_ => Axis("parameters.noise", 0, 1, 100)).ToImmutableArray();

        Assert.Equal(1_000_000, SweepGrid.Count(axes));
        Assert.Throws<ArgumentOutOfRangeException>(() => SweepGrid.Of(axes));
    }

    private static SweepAxis Axis(string path, double from, double to, int steps)
    {
        Assert.True(ScenarioSettingPath.TryParse(path, out var parsed, out var error), error);
        return new SweepAxis(parsed!, from, to, steps);
    }
}
