using System.Collections.Immutable;
using IomSim.Engine.Calibration;
using IomSim.Testing;
using IomSim.Scenarios;

namespace IomSim.Engine.Tests;

public sealed class LeaveOneOutTests
{
    /// <summary>
    /// The synthetic record's three items, dated apart in the record (left first, then the admission, then right, the
    /// last two on one day), all in one scenario: each fold's fit must have scored only the events strictly before the
    /// held-out one, though the scenario it runs holds them all.
    /// </summary>
    [Fact]
    public void The_held_out_event_and_anything_on_or_after_its_day_never_enter_its_fit()
    {
        var scenario = SyntheticRecord.Scenario();
        var truth = new ScenarioEngine(Scenarios.World).Run(scenario, runs: 8, seed: 7, parallelism: 2);
        var recorded = SyntheticRecord.WorldRecording(truth);
        var dates = new Dictionary<string, DateOnly>
        {
            ["synthetic/left"] = new(2018, 6, 1),
            ["synthetic/admission"] = new(2020, 11, 24),
            ["synthetic/right"] = new(2020, 11, 24),
        };
        var world = recorded with { Outcomes = recorded.Outcomes.ToImmutableSortedDictionary(o => o.Key, o => o.Value with { Date = dates[o.Key] }, StringComparer.Ordinal) };

        var folds = new LeaveOneOut(world).Run(new CalibrationRequest(
            [scenario], [], [FittableParameter.Find("noise")!], Runs: 4, Seed: 3, Parallelism: 2, MaxEvaluations: 6));

        Assert.Equal(["synthetic/left", "synthetic/admission", "synthetic/right"], folds.Select(f => f.Event));
        Assert.Null(folds[0].Fit);
        Assert.Empty(folds[0].TrainedOn);
        Assert.Equal(folds[0].Defaults, folds[0].OutOfSample);
        foreach (var fold in folds.Skip(1))
        {
            Assert.Equal(["synthetic/left"], fold.Fit!.FittedEvents.Select(e => e.Id));
            Assert.All(fold.Fit.Scenarios.SelectMany(s => s.Before.Concat(s.After)), score => Assert.Equal("synthetic/left", score.Event));
            Assert.Equal(fold.Event, Assert.Single(fold.OutOfSample).Event);
        }
    }

    [Fact]
    public void A_calibration_file_records_its_events_and_a_replay_it_has_seen_is_labelled_in_sample()
    {
        var folder = Path.Combine(Path.GetTempPath(), "iomsim-loo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var fittedOnRussia = new CalibrationResult(
                [new FittedValue("noise", 0.3, 0.4)], ["russia-2020"], [], 0.2, 0.1, null, null, [], 4, 1, 3, "0.1.0")
            {
                FittedEvents = [new FittedEvent("russia-2020", new DateOnly(2020, 11, 24))],
            };
            var fittedBefore = fittedOnRussia with { FittedEvents = [new FittedEvent("gcm-2018-unga", new DateOnly(2018, 12, 19))] };
            File.WriteAllText(Path.Combine(folder, "in.yaml"), CalibrationFile.Render(fittedOnRussia));
            File.WriteAllText(Path.Combine(folder, "out.yaml"), CalibrationFile.Render(fittedBefore));
            Assert.Contains("fitted_on_events: [{ id: russia-2020, date: 2020-11-24 }]", CalibrationFile.Render(fittedOnRussia), StringComparison.Ordinal);

            var text = File.ReadAllText(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"));
            File.WriteAllText(Path.Combine(folder, "in-sample.yaml"), text.Replace("  calibrated: false\n", "  parameters_from: in.yaml\n", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(folder, "out-of-sample.yaml"), text.Replace("  calibrated: false\n", "  parameters_from: out.yaml\n", StringComparison.Ordinal));

            var inSample = ScenarioReader.Read(Path.Combine(folder, "in-sample.yaml"), Scenarios.World);
            var outOfSample = ScenarioReader.Read(Path.Combine(folder, "out-of-sample.yaml"), Scenarios.World);

            Assert.Equal("russia-2020", Assert.Single(inSample.World.Calibration!.InSample));
            Assert.Contains("IN SAMPLE for russia-2020", inSample.World.Calibration.Label, StringComparison.Ordinal);
            Assert.Empty(outOfSample.World.Calibration!.InSample);
            Assert.Contains("fitted on gcm-2018-unga (2018-12-19)", outOfSample.World.Calibration.Label, StringComparison.Ordinal);
            var run = new ScenarioEngine(Scenarios.World).Run(inSample, runs: 1, seed: 1, parallelism: 1);
            Assert.Contains("IN SAMPLE", run.ParametersText, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
