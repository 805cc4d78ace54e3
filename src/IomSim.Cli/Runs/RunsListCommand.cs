using System.CommandLine;

namespace IomSim.Cli.Runs;

/// <summary><c>iomsim runs list</c>: one line per scenario file (or sweep setting) and seed in the store, with counts, dates and sizes.</summary>
internal static class RunsListCommand
{
    /// <summary>The command.</summary>
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var command = new Command(
            "list",
            "List what the results store holds: one line per scenario file or sweep setting and seed, with the number of runs, "
            + "when they were stored, the program version and an estimate of their size; the store's whole size above.");
        var selection = new RunSelectionOptions(command, withAge: true, time);
        var format = new Option<string>("--format")
        {
            Description = "table for people, or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            using var store = StoreAccess.Open(selection.Store(parsed), console, out var location);
            var groups = store is null ? [] : selection.Read(parsed).From(store);
            var listing = new StoreListing(location, store?.SizeBytes() ?? 0, store?.List() ?? [], groups);
            console.Out.Write(parsed.GetValue(format) == "json" ? StoreListingJson.Render(listing) : StoreListingText.Render(listing));
            return ExitCodes.Success;
        });
        return command;
    }
}
