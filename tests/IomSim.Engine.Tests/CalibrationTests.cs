using IomSim.Engine.Calibration;
using IomSim.Testing;
using IomSim.Scenarios;

namespace IomSim.Engine.Tests;

public sealed class CalibrationTests
{
    /// <summary>
    /// The stated tolerance (docs/decision-model.md): noise within ±0.15 and relation weight within ±0.4 of the values
    /// that made the record, fitted from the defaults (0.3 and 2.0) with 20 runs per evaluation.
    /// </summary>
    [Fact]
    public void Calibration_recovers_the_parameters_that_generated_a_synthetic_record()
    {
        var (noise, relationWeight) = (0.6, 1.2);
        var scenario = SyntheticRecord.Scenario();
        var truth = new ScenarioEngine(Scenarios.World).Run(
            scenario with { World = scenario.World with { Parameters = scenario.World.Parameters with { Noise = noise, RelationWeight = relationWeight } } },
            runs: 100,
            seed: 4242,
            parallelism: 2);
        var world = SyntheticRecord.WorldRecording(truth);

        var result = new Calibrator(world).Fit(new CalibrationRequest(
            [scenario], [], [FittableParameter.Find("noise")!, FittableParameter.Find("relation_weight")!], Runs: 20, Seed: 1, Parallelism: 2, MaxEvaluations: 60));

        Assert.InRange(result.Values[0].After, noise - 0.15, noise + 0.15);
        Assert.InRange(result.Values[1].After, relationWeight - 0.4, relationWeight + 0.4);
        Assert.True(result.ObjectiveAfter < result.ObjectiveBefore);
    }

    [Fact]
    public void A_calibration_file_round_trips_through_a_scenario_and_labels_the_results_calibrated()
    {
        var folder = Path.Combine(Path.GetTempPath(), "iomsim-calibration-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var result = new CalibrationResult(
                [new FittedValue("noise", 0.3, 0.45), new FittedValue("relation_weight", 2, 1.5), new FittedValue("attendance", 0.9, 0.97)],
                ["russia-2020"], ["china-2016"], 0.2, 0.1, 0.01, 0.02, [], 40, 2020, 33, "0.1.0");
            var file = CalibrationFile.Render(result);
            File.WriteAllText(Path.Combine(folder, "fit.yaml"), file);
            var text = File.ReadAllText(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"))
                .Replace("  calibrated: false\n", "  parameters_from: fit.yaml\n", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "russia-2020.yaml"), text);

            var scenario = ScenarioReader.Read(Path.Combine(folder, "russia-2020.yaml"), Scenarios.World);
            Assert.Equal((0.45, 1.5, 0.97), (scenario.World.Parameters.Noise, scenario.World.Parameters.RelationWeight, scenario.World.DefaultBehaviour!.Attendance));
            Assert.Equal(file, CalibrationFile.Render(result));
            Assert.DoesNotContain("20" + "26-", file, StringComparison.Ordinal);

            var run = new ScenarioEngine(Scenarios.World).Run(scenario, runs: 2, seed: 2020, parallelism: 2);
            Assert.True(run.Calibrated);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_behaviour_value_fitted_for_every_state_replaces_the_seeded_ones()
    {
        var scenario = Scenarios.Russia2020();
        var everyoneThere = Calibrator.With(scenario, [FittableParameter.Find("attendance")!], [1.0]);
        var result = new ScenarioEngine(Scenarios.World).Run(everyoneThere, runs: 4, seed: 2020, parallelism: 2);
        Assert.Equal(0, result.Events[0].Tally.Absent.Mean);
    }
}
