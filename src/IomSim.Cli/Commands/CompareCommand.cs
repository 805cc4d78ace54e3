using System.CommandLine;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim compare &lt;scenario&gt;</c>: the simulated outcomes beside the documented ones, item by item.</summary>
internal static class CompareCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "compare",
            "Run a scenario and put each item with a documented outcome beside the record: the outcome, every documented "
            + "tally (sources that disagree are each shown) with the simulated means and the tally error, the named votes "
            + "state by state with their agreement, and a score per item; each budget year's documented funding figures "
            + "beside the simulated ones; and for a counterfactual, every measure beside its baseline's.");
        var options = new ScenarioOptions(command, $"How many runs (default: {ComparisonRunner.DefaultRuns}, or the scenario's runs if more).");
        var perRun = new PerRunOptions(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var request = options.Read(parsed) with { PerRun = perRun.Read(parsed) };
            var comparison = ComparisonRunner.Run(request, console, cancellationToken);
            PerRunOutput.Write(
                request.PerRun,
                [.. Results.StoredRuns.From(comparison.Report.Result), .. comparison.Baseline is { } baseline ? Results.StoredRuns.From(baseline.Result) : []],
                console);
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
}
