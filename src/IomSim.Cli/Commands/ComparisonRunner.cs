using IomSim.Cli.Rendering;
using IomSim.Engine.Comparison;

namespace IomSim.Cli.Commands;

/// <summary>
/// What <c>compare</c> and <c>report</c> share: run the scenario (at least <see cref="DefaultRuns"/> times unless asked
/// otherwise), compare it with the record, and for a counterfactual run its baseline as often, with the same seed.
/// </summary>
internal static class ComparisonRunner
{
    /// <summary>Runs at least this many by default: agreement is a share of runs.</summary>
    public const int DefaultRuns = 100;

    /// <summary>Runs the scenario and, when it names one, its baseline; every run is stored.</summary>
    public static ComparisonReport Run(ScenarioRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        var report = ScenarioRunner.Run(request, scenarioRuns => Math.Max(scenarioRuns, DefaultRuns), console, cancellationToken);
        return new ComparisonReport(report, ScenarioComparer.Compare(report.Result))
        {
            Baseline = report.Scenario.Baseline is { } baseline ? RunBaseline(request, report, baseline, console, cancellationToken) : null,
        };
    }

    // The baseline is the scenario of that id beside the counterfactual's file, run as often and with the same seed
    // (the one asked for, or the counterfactual's): run i of both draws the same random numbers (common random
    // numbers), so the paired changes measure the counterfactual's change run by run.
    private static ScenarioReport RunBaseline(ScenarioRequest request, ScenarioReport counterfactual, string baseline, CliConsole console, CancellationToken cancellationToken)
    {
        // Beside the file the counterfactual was read from (the scenario may have been named by its id).
        var path = Path.Combine(Path.GetDirectoryName(counterfactual.Scenario.Source.Path) ?? ".", baseline + ".yaml");
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{request.Scenario}: its baseline '{baseline}' was expected at {path}, and there is no such file");
        }

        console.Error.WriteLine($"running the baseline {baseline} ({path})");
        return ScenarioRunner.Run(request with { Scenario = path, Runs = counterfactual.Result.Runs, Seed = counterfactual.Result.Seed }, runs => runs, console, cancellationToken);
    }
}
