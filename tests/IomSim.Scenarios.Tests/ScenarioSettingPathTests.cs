using IomSim.Domain.World;

namespace IomSim.Scenarios.Tests;

/// <summary>The numbers a sweep may set, and their errors.</summary>
public sealed class ScenarioSettingPathTests
{
    [Theory]
    [InlineData("parameters.noise", 0, 10)]
    [InlineData("behaviour.UKR.attendance", 0, 1)]
    [InlineData("behaviour.*.abstention_band", 0, 1)]
    [InlineData("relation.UKR.RUS", -1, 1)]
    public void Known_paths_have_their_ranges(string text, double min, double max)
    {
        Assert.True(ScenarioSettingPath.TryParse(text, out var path, out var error), error);
        Assert.Equal((min, max), (path!.Min, path.Max));
    }

    [Theory]
    [InlineData("parameters.nosie", "unknown parameter 'nosie'")]
    [InlineData("behaviour.UKR.mood", "unknown behaviour field 'mood'")]
    [InlineData("behaviour.UK1.attendance", "'UK1' is not a state code")]
    [InlineData("relation.UKR.UKR", "a relation from UKR to itself")]
    [InlineData("weights.noise", "unknown path 'weights.noise'")]
    public void Unknown_paths_say_what_was_wrong(string text, string problem)
    {
        Assert.False(ScenarioSettingPath.TryParse(text, out _, out var error));
        Assert.StartsWith(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_a_number_changes_the_scenario_as_the_file_would()
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario("russia-2020.yaml"), Seeded.World);
        var ukr = StateCode.Parse("UKR");
        var rus = StateCode.Parse("RUS");

        var noisy = Parse("parameters.noise").ApplyTo(scenario, 2.5);
        var absent = Parse("behaviour.UKR.attendance").ApplyTo(Parse("behaviour.UKR.abstention_band").ApplyTo(scenario, 0.3), 0.25);
        var friendly = Parse("relation.UKR.RUS").ApplyTo(Parse("relation.UKR.RUS").ApplyTo(scenario, -0.5), 0.75);

        Assert.Equal(2.5, noisy.World.Parameters.Noise);
        Assert.Equal((0.25, 0.3), (absent.World.Behaviour[ukr].Attendance, absent.World.Behaviour[ukr].AbstentionBand));
        Assert.Equal(0.75, Assert.Single(friendly.World.Relations, r => r.From == ukr && r.To == rus).Weight);
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse("behaviour.UKR.attendance").ApplyTo(scenario, 1.5));
    }

    private static ScenarioSettingPath Parse(string text)
    {
        Assert.True(ScenarioSettingPath.TryParse(text, out var path, out var error), error);
        return path!;
    }
}
