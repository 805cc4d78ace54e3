namespace IomSim.Scenarios.Tests;

/// <summary><c>world.parameters_from</c> (a calibration file) and <c>world.behaviour</c> key <c>"*"</c> (every state).</summary>
public sealed class CalibrationIncludeTests : IDisposable
{
    private const string Calibration = """
        # written by iomsim calibrate
        calibration:
          fitted_on: [russia-2020]
          held_out: [china-2016]
        parameters:
          noise: 0.6
          relation_weight: 1.2
        behaviour:
          attendance: 0.95
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iomsim-calibration-" + Guid.NewGuid().ToString("N"));

    public CalibrationIncludeTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "scenarios"));
        Directory.CreateDirectory(Path.Combine(_folder, "calibration"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Behaviour_star_sets_every_state_and_a_state_key_still_overrides_it()
    {
        var scenario = ScenarioReader.Parse(
            ScenarioText.WithTop("world:\n  behaviour:\n    \"*\": { attendance: 0.8, abstention_band: 0.2 }\n    UKR: { attendance: 1 }"),
            ScenarioText.File,
            Seeded.World);

        Assert.Equal(0.8, scenario.World.DefaultBehaviour!.Attendance);
        Assert.Equal(0.2, scenario.World.DefaultBehaviour.AbstentionBand);
        Assert.Null(scenario.World.DefaultBehaviour.ConsensusBreakPropensity);
        Assert.Equal(1.0, scenario.World.Behaviour[Seeded.Code("UKR")].Attendance);
        Assert.False(scenario.World.Behaviour.ContainsKey(Seeded.Code("RUS")));
    }

    [Fact]
    public void Behaviour_star_is_checked_like_a_state()
    {
        ScenarioText.Fails(ScenarioText.WithTop("world:\n  behaviour:\n    \"*\": { attendance: 2 }"), 7, 24, "attendance 2 is out of range");
        ScenarioText.Fails(ScenarioText.WithTop("world:\n  behaviour:\n    \"*\": {}"), 7, 10, "the behaviour of every state (*) sets nothing");
    }

    [Fact]
    public void Parameters_from_applies_the_file_first_then_the_scenario_and_marks_it_calibrated()
    {
        File.WriteAllText(Path.Combine(_folder, "calibration", "fit.yaml"), Calibration);
        var scenario = ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml\n  parameters: { relation_weight: 2.5 }\n  behaviour: { \"*\": { abstention_band: 0.3 } }");

        Assert.True(scenario.World.Calibrated);
        Assert.Equal(0.6, scenario.World.Parameters.Noise);
        Assert.Equal(2.5, scenario.World.Parameters.RelationWeight);
        Assert.Equal(0.95, scenario.World.DefaultBehaviour!.Attendance);
        Assert.Equal(0.3, scenario.World.DefaultBehaviour.AbstentionBand);
    }

    [Fact]
    public void The_included_file_joins_the_content_hash()
    {
        var file = Path.Combine(_folder, "calibration", "fit.yaml");
        File.WriteAllText(file, Calibration);
        var before = ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml").Source.ContentHash;
        File.WriteAllText(file, Calibration.Replace("0.6", "0.7", StringComparison.Ordinal));
        var after = ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml").Source.ContentHash;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void A_missing_file_is_an_error_at_the_key_in_the_scenario()
    {
        var error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/none.yaml"));
        Assert.Equal((6, 20), (error.Line, error.Column));
        Assert.Contains("parameters_from file '../calibration/none.yaml' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_an_error_at_its_own_line_and_column()
    {
        var file = Path.Combine(_folder, "calibration", "fit.yaml");
        File.WriteAllText(file, "parameters:\n  noise: 0.6\n  nois: 0.2\n");
        var error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml"));
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.EndsWith("fit.yaml", error.File, StringComparison.Ordinal);
        Assert.Contains("unknown key (not shown) in parameters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nois'", error.Message, StringComparison.Ordinal);

        File.WriteAllText(file, "parameters:\n  noise: -1\n");
        error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml"));
        Assert.Equal((2, 10), (error.Line, error.Column));
        Assert.Contains("noise -1 is out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrated_false_with_parameters_from_is_an_error()
    {
        File.WriteAllText(Path.Combine(_folder, "calibration", "fit.yaml"), Calibration);
        var error = Assert.Throws<ScenarioException>(() => ReadScenario("world:\n  parameters_from: ../calibration/fit.yaml\n  calibrated: false"));
        Assert.Equal((7, 15), (error.Line, error.Column));
        Assert.Contains("calibrated: false with parameters_from", error.Message, StringComparison.Ordinal);
    }

    private Scenarios.Model.Scenario ReadScenario(string world)
    {
        var path = Path.Combine(_folder, "scenarios", "test.yaml");
        File.WriteAllText(path, ScenarioText.WithTop(world));
        return ScenarioReader.Read(path, Seeded.World);
    }
}
