using System.CommandLine;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;
using IomSim.Engine.Comparison;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim compare &lt;scenario&gt;</c>: the simulated outcomes beside the documented ones, item by item.</summary>
internal static class CompareCommand
{
    /// <summary>Runs at least this many by default: agreement is a share of runs.</summary>
    public const int DefaultRuns = 100;

    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "compare",
            "Run a scenario and put each item with a documented outcome beside the record: the outcome, every documented "
            + "tally (sources that disagree are each shown) with the simulated means and the tally error, the named votes "
            + "state by state with their agreement, and a score per item; each budget year's documented funding figures "
            + "beside the simulated ones; and for a counterfactual, every measure beside its baseline's.");
        var options = new ScenarioOptions(command, $"How many runs (default: {DefaultRuns}, or the scenario's runs if more).");
        command.SetAction((parsed, cancellationToken) =>
        {
            var request = options.Read(parsed);
            var report = ScenarioRunner.Run(request, scenarioRuns => Math.Max(scenarioRuns, DefaultRuns), console, cancellationToken);
            var comparison = new ComparisonReport(report, ScenarioComparer.Compare(report.Result))
            {
                Baseline = report.Scenario.Baseline is { } baseline ? RunBaseline(request, report, baseline, console, cancellationToken) : null,
            };
            var text = request.Format switch
            {
                OutputFormat.Json => ComparisonJson.Render(comparison),
                OutputFormat.Csv => ComparisonCsv.Render(comparison),
                _ => ComparisonText.Render(comparison),
            };
            new OutputTarget(console, request.Out).Write("comparison", request.Format, text);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // The baseline is the scenario of that id beside the counterfactual's file, run as often; with the seed asked
    // for, or else its own (a counterfactual keeps its baseline's seed, so both draw the same random numbers).
    private static ScenarioReport RunBaseline(ScenarioRequest request, ScenarioReport counterfactual, string baseline, CliConsole console, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetDirectoryName(request.Scenario) ?? ".", baseline + ".yaml");
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{request.Scenario}: its baseline '{baseline}' was expected at {path}, and there is no such file");
        }

        console.Error.WriteLine($"running the baseline {baseline} ({path})");
        return ScenarioRunner.Run(request with { Scenario = path, Runs = counterfactual.Result.Runs }, runs => runs, console, cancellationToken);
    }
}
