using System.CommandLine;
using System.Globalization;
using IomSim.Cli.Commands;

namespace IomSim.Cli.Runs;

/// <summary><c>iomsim runs prune</c>: deletes the chosen stored runs, asking nothing, and prints what it removed.</summary>
internal static class RunsPruneCommand
{
    /// <summary>The command.</summary>
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var command = new Command(
            "prune",
            "Delete stored runs: those of --scenario, --seed, --key, stored before --older-than, or --all. Asks nothing; prints what it "
            + "removed (with --dry-run, what it would remove, and removes nothing). A results file is compacted afterwards.");
        var all = new Option<bool>("--all") { Description = "Delete every stored run (needed when nothing else chooses runs)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be removed, and remove nothing." };
        command.Options.Add(all);
        command.Options.Add(dryRun);
        var selection = new RunSelectionOptions(command, withAge: true, time);
        command.SetAction(parsed =>
        {
            var chosen = selection.Read(parsed);
            if (!chosen.IsNarrowed && !parsed.GetValue(all))
            {
                throw new InvalidInputException("iomsim: runs prune: choose runs with --scenario, --seed, --key or --older-than, or give --all to delete every stored run");
            }

            var dry = parsed.GetValue(dryRun);
            using var store = StoreAccess.Open(selection.Store(parsed), console, out var location);
            var groups = store is null ? [] : chosen.From(store);
            var verb = dry ? "would remove" : "removed";
            var removed = 0L;
            foreach (var g in groups)
            {
                var count = dry ? g.Runs : store!.Delete(g.ContentHash, g.Seed, chosen.StoredBefore);
                removed += count;
                var setting = g.Setting is null ? "setting unknown" : g.Setting.Text.Length == 0 ? "nothing varied" : $"setting {g.Setting.Index} {g.Setting.Text}";
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {count} {(count == 1 ? "run" : "runs")} of {g.ScenarioId} ({setting}, seed {g.Seed}, key {g.ContentHash[..Math.Min(12, g.ContentHash.Length)]})"));
            }

            if (!dry && removed > 0)
            {
                store!.Compact();
            }

            var size = store is null ? string.Empty : $"; it now holds {StoreSize.Shown(store.SizeBytes())}";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {removed} {(removed == 1 ? "run" : "runs")} in {groups.Count} {(groups.Count == 1 ? "group" : "groups")} from {location}{size}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
