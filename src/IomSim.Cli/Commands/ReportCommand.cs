using System.CommandLine;
using IomSim.Cli.Output;
using IomSim.Reports;

namespace IomSim.Cli.Commands;

/// <summary>
/// <c>iomsim report &lt;scenario&gt;</c>: runs the scenario as <c>compare</c> does and writes one self-contained HTML
/// file (inline CSS and SVG charts, nothing fetched) with the council, the tallies beside the record, the
/// distributions, membership, funding and the counterfactual.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command(
            "report",
            "Run a scenario as compare does and write one self-contained HTML report (no network, no scripts; opens offline "
            + "and prints): the council's votes as a hemicycle, the simulated tallies beside the documented ones, each tally's "
            + "distribution over runs, membership over time, funding flows and coverage, and for a counterfactual every "
            + "measure beside its baseline.");
        var scenario = CommonOptions.Scenario();
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "The HTML file to write (default: <scenario id>.html in the current folder).",
            HelpName = "FILE",
        };
        var runs = CommonOptions.Runs($"How many runs (default: {ComparisonRunner.DefaultRuns}, or the scenario's runs if more).");
        var seed = CommonOptions.Seed();
        var store = CommonOptions.Store();
        var seeds = CommonOptions.Seeds();
        var parallel = CommonOptions.Parallel();
        command.Arguments.Add(scenario);
        foreach (Option option in new Option[] { output, runs, seed, seeds, store, parallel })
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellationToken) =>
        {
            var request = new ScenarioRequest(
                parsed.GetValue(scenario)!,
                parsed.GetValue(runs),
                parsed.GetValue(seed),
                parsed.GetValue(parallel),
                parsed.GetValue(seeds),
                parsed.GetValue(store),
                OutputFormat.Table,
                Out: null);
            var asked = parsed.GetValue(output);
            if (asked is not null)
            {
                ReportFile.CheckWritable(asked.FullName);
            }

            var comparison = ComparisonRunner.Run(request, console, cancellationToken);
            var report = comparison.Report;
            var html = HtmlReport.Render(new ReportInput(report.Scenario, report.Result, report.World, comparison.Comparisons)
            {
                Baseline = comparison.Baseline?.Result,
            });
            var path = asked?.FullName ?? Path.GetFullPath(report.Result.Scenario + ".html");
            ReportFile.Write(path, html);
            console.Error.WriteLine($"wrote {path}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
