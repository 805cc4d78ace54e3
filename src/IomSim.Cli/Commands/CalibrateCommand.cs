using System.Collections.Immutable;
using System.CommandLine;
using IomSim.Cli.Inputs;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;
using IomSim.Engine;
using IomSim.Engine.Calibration;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Commands;

/// <summary>
/// <c>iomsim calibrate &lt;scenario&gt;... --fit a,b [--hold-out &lt;scenario&gt;]...</c>: fits parameters to the record of
/// the scenarios, prints the fit before and after on them and on the held-out ones, and writes the calibration file.
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>Runs per scenario per evaluation unless <c>--runs</c> says otherwise.</summary>
    public const int DefaultRuns = 40;

    /// <summary>Evaluations of the objective unless <c>--max-evaluations</c> says otherwise.</summary>
    public const int DefaultEvaluations = 100;

    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "calibrate",
            "Fit decision and behaviour parameters to the documented tallies, named votes and outcomes of the scenarios "
            + "(Nelder-Mead; every evaluation with the same seed and runs), print the fit before and after on the fitted and "
            + "held-out scenarios, and write the fitted values to a calibration file that scenarios include with "
            + "world.parameters_from.");
        var scenarios = new Argument<string[]>("scenario")
        {
            Description = "The scenarios to fit to, by id (russia-2020) or file (scenarios/russia-2020.yaml).",
            Arity = ArgumentArity.OneOrMore,
        };
        var fit = new Option<string>("--fit")
        {
            Description = $"The parameters to fit, comma-separated, from: {string.Join(", ", FittableParameter.All.Select(p => p.Name))}.",
            HelpName = "A,B",
            Required = true,
        };
        var holdOut = new Option<string[]>("--hold-out")
        {
            Description = "A scenario (id or file) to report on before and after, never fitted to; repeat for several.",
            HelpName = "SCENARIO",
        };
        var runs = CommonOptions.Runs($"Runs per scenario per evaluation (default: {DefaultRuns}).");
        var seed = CommonOptions.Seed();
        var evaluations = new Option<int?>("--max-evaluations")
        {
            Description = $"At most this many evaluations of the objective in the search (default: {DefaultEvaluations}).",
            HelpName = "N",
        };
        var output = new Option<FileInfo?>("--out")
        {
            Description = "The calibration file to write (default: calibration/<first scenario's id>.yaml under the current folder).",
            HelpName = "FILE",
        };
        var parallel = CommonOptions.Parallel();
        var seeds = CommonOptions.Seeds();
        var cluster = CommonOptions.Cluster(ScenarioOptions.ClusterDescription);
        var leaveOneOut = new Option<bool>("--leave-one-out")
        {
            Description = "Instead of one fit: for each documented event of the scenarios, fit on the events dated before it (never on it), "
                + "predict it, and report the out-of-sample fit per event. Writes no file.",
        };
        command.Arguments.Add(scenarios);
        foreach (Option option in new Option[] { fit, holdOut, runs, seed, evaluations, output, parallel, seeds, cluster, leaveOneOut })
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellationToken) =>
        {
            var parameters = Parameters(parsed.GetValue(fit)!);
            var maxEvaluations = parsed.GetValue(evaluations) ?? DefaultEvaluations;
            if (maxEvaluations is < 1 or > 100_000)
            {
                throw new InvalidInputException($"--max-evaluations must be a whole number from 1 to 100000, not {maxEvaluations}");
            }

            var world = SeedsFolder.Load(parsed.GetValue(seeds));
            var fitted = Read(parsed.GetValue(scenarios)!, world, requireRecord: true);
            var heldOut = Read(parsed.GetValue(holdOut) ?? [], world, requireRecord: false);
            if (fitted.Select(s => s.Id).Intersect(heldOut.Select(s => s.Id)).FirstOrDefault() is { } both)
            {
                throw new InvalidInputException($"--hold-out: scenario '{both}' is also fitted to (expected held-out scenarios apart from the fitted ones)");
            }

            RefuseInSample(heldOut, "--hold-out");
            var path = parsed.GetValue(output)?.FullName ?? Path.Combine("calibration", fitted[0].Id + ".yaml");
            if (!parsed.GetValue(leaveOneOut))
            {
                // Checked before the search, which plays thousands of runs.
                OutputCheck.File(path, parsed.GetValue(output) is null ? "calibrate (its default file)" : "--out", "a calibration file such as calibration/russia-2020.yaml");
            }

            using var connection = parsed.GetValue(cluster) is { } address ? Engine.Hosting.ClusterConnection.Connect(address, console.Error.WriteLine) : null;
            var lanes = connection is null ? parsed.GetValue(parallel) : Math.Max(parsed.GetValue(parallel), 4 * connection.Silos);
            var request = new CalibrationRequest(
                fitted, heldOut, parameters, parsed.GetValue(runs) ?? DefaultRuns, parsed.GetValue(seed) ?? fitted[0].Seed, lanes, maxEvaluations);
            var engine = connection is null ? null : new ScenarioEngine(world, connection.Grains) { Replay = connection.Replay };
            if (parsed.GetValue(leaveOneOut))
            {
                if (!heldOut.IsEmpty || parsed.GetValue(output) is not null)
                {
                    throw new InvalidInputException("--leave-one-out: every scenario takes its turn as the held-out one, and no file is written (expected neither --hold-out nor --out)");
                }

                RefuseInSample(fitted, "--leave-one-out");
                console.Error.WriteLine($"leave-one-out of {string.Join(", ", parameters.Select(p => p.Name))}: up to {maxEvaluations} evaluations of {request.Runs} runs per scenario per fold");
                var folds = new LeaveOneOut(world, engine).Run(request, new FoldProgress(console), cancellationToken);
                console.Out.Write(LeaveOneOutText.Render(folds, request, Calibrator.PositionsSource(world)));
                return Task.FromResult(ExitCodes.Success);
            }

            console.Error.WriteLine($"fitting {string.Join(", ", parameters.Select(p => p.Name))}: up to {maxEvaluations} evaluations of {request.Runs} runs per scenario");
            var result = new Calibrator(world, engine).Fit(request, new EvaluationProgress(console), cancellationToken);
            console.Out.Write(CalibrationText.Render(result));
            AtomicFile.Write(path, CalibrationFile.Render(result));
            console.Error.WriteLine($"wrote {path}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // A scenario whose included calibration was fitted on its own event (or later ones) tests nothing out of sample.
    private static void RefuseInSample(ImmutableArray<Scenario> scenarios, string option)
    {
        foreach (var scenario in scenarios)
        {
            if (scenario.World.Calibration is { InSample.IsDefaultOrEmpty: false } calibration)
            {
                throw new InvalidInputException(
                    $"{option}: scenario '{scenario.Id}' takes its parameters from {calibration.File}, fitted on "
                    + $"{(calibration.Recorded ? string.Join(", ", calibration.FittedOn.Select(e => e.Id)) : "events the file does not record")}, "
                    + $"which has seen {string.Join(", ", calibration.InSample)} (expected a scenario on the stated defaults, or with parameters fitted on earlier events only)");
            }
        }
    }

    private static ImmutableArray<FittableParameter> Parameters(string text)
    {
        var expected = $"a comma-separated list of: {string.Join(", ", FittableParameter.All.Select(p => p.Name))}";
        var names = text.Split(',', StringSplitOptions.TrimEntries);
        var parameters = ImmutableArray.CreateBuilder<FittableParameter>();
        foreach (var name in names)
        {
            var parameter = FittableParameter.Find(name)
                ?? throw new InvalidInputException($"--fit: unknown parameter '{name}' (expected {expected})");
            if (parameters.Contains(parameter))
            {
                throw new InvalidInputException($"--fit: parameter '{name}' is named twice (expected each parameter once)");
            }

            parameters.Add(parameter);
        }

        return parameters.ToImmutable();
    }

    private static ImmutableArray<Scenario> Read(IEnumerable<string> paths, Domain.World.World world, bool requireRecord)
    {
        var scenarios = ImmutableArray.CreateBuilder<Scenario>();
        foreach (var path in paths)
        {
            var scenario = ScenarioFile.Read(path, world);
            ScenarioRunner.CheckAgainstSeeds(path, scenario, world);
            var recorded = scenario.Timeline.SelectMany(s => s.Items).Any(i => i.Documented is { } id && world.Outcomes.ContainsKey(id));
            if (requireRecord && !recorded)
            {
                throw new InvalidInputException($"{path}: nothing on record to fit to (expected a scenario whose items name a documented outcome)");
            }

            if (scenarios.Any(s => s.Id == scenario.Id))
            {
                throw new InvalidInputException($"{path}: scenario '{scenario.Id}' is given twice (expected each scenario once)");
            }

            scenarios.Add(scenario);
        }

        return scenarios.ToImmutable();
    }

    // One line on standard error as each fold starts.
    private sealed class FoldProgress(CliConsole console) : IProgress<string>
    {
        public void Report(string value) => console.Error.WriteLine($"holding out {value}");
    }

    // One line on standard error every ten evaluations; the search calls it from one thread, in order.
    private sealed class EvaluationProgress(CliConsole console) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value % 10 == 0)
            {
                console.Error.WriteLine($"evaluated {value} parameter sets");
            }
        }
    }
}
