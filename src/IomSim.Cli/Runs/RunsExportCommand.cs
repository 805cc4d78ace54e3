using System.CommandLine;
using IomSim.Cli.Commands;
using IomSim.Results.Export;

namespace IomSim.Cli.Runs;

/// <summary><c>iomsim runs export FILE [--votes FILE]</c>: stored runs as the per-run tables, by the same code as <c>--per-run</c>.</summary>
internal static class RunsExportCommand
{
    /// <summary>The command.</summary>
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var command = new Command(
            "export",
            "Write stored runs as per-run tables (the same columns as --per-run): one row per run × item to FILE, and with --votes "
            + "one row per run × item × state; .csv or .parquet. Without --scenario, --seed or --key, every stored run.");
        var file = new Argument<string>("file") { Description = "The items table: FILE.csv or FILE.parquet." };
        var votes = new Option<string?>("--votes")
        {
            Description = "Also write the votes table (one row per run × item × state) to this file, .csv or .parquet.",
            HelpName = "FILE",
        };
        command.Arguments.Add(file);
        command.Options.Add(votes);
        var selection = new RunSelectionOptions(command, withAge: false, time);
        command.SetAction(parsed =>
        {
            var request = new PerRunRequest(parsed.GetValue(file)!, parsed.GetValue(votes), NoStore: false);
            request.Check();
            using var store = StoreAccess.Open(selection.Store(parsed), console, out var location)
                ?? throw new InvalidInputException($"iomsim: no results file at {location}; nothing to export");
            var groups = selection.Read(parsed).From(store);
            if (groups.Count == 0)
            {
                throw new InvalidInputException($"iomsim: no stored runs in {location} match; see 'iomsim runs list'");
            }

            var (runs, items, voteRows) = StoredRunExport.Write(store, groups, request.Items, request.Votes);
            console.Error.WriteLine($"exported {runs} runs of {groups.Count} {(groups.Count == 1 ? "group" : "groups")} from {location}");
            PerRunOutput.Report(request, (items, voteRows), console);
            return ExitCodes.Success;
        });
        return command;
    }
}
