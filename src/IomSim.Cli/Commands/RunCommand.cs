using System.CommandLine;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;

namespace IomSim.Cli.Commands;

/// <summary><c>iomsim run &lt;scenario&gt;</c>: runs a scenario and prints what happened, session by session, and a summary.</summary>
internal static class RunCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "run",
            "Run a scenario: a narrative of each session for up to 3 runs (who objected, who asked for a vote, the tally, "
            + "the outcome, the key states), then a summary; for more runs, each tally's mean and 5th-95th percentiles and "
            + "the share of runs per outcome. Every run is stored in the results file.");
        var options = new ScenarioOptions(command, "How many runs (default: the scenario's runs, 1 for a replay).");
        var perRun = new PerRunOptions(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var request = options.Read(parsed) with { PerRun = perRun.Read(parsed) };
            var report = ScenarioRunner.Run(request, scenarioRuns => scenarioRuns, console, cancellationToken);
            PerRunOutput.Write(request.PerRun, Results.StoredRuns.From(report.Result), console);
            var text = request.Format switch
            {
                OutputFormat.Json => ResultJson.Render(report),
                OutputFormat.Csv => ResultCsv.Render(report),
                _ => ResultText.Render(report),
            };
            new OutputTarget(console, request.Out).Write("result", request.Format, text);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
