using System.CommandLine;

namespace IomSim.Cli.Runs;

/// <summary><c>iomsim runs list | export | prune</c>: what the results store holds, its runs as per-run tables, and removing them.</summary>
internal static class RunsCommand
{
    /// <summary>The command, writing to <paramref name="console"/>; <paramref name="time"/> reads ages such as <c>--older-than 30d</c>.</summary>
    public static Command Create(CliConsole console, TimeProvider? time = null)
    {
        var command = new Command(
            "runs",
            "The runs in the results store: list which scenarios, settings and seeds it holds and their sizes, export any of them "
            + "as per-run tables (docs/per-run-data.md), prune those no longer wanted.");
        command.Subcommands.Add(RunsListCommand.Create(console, time ?? TimeProvider.System));
        command.Subcommands.Add(RunsExportCommand.Create(console, time ?? TimeProvider.System));
        command.Subcommands.Add(RunsPruneCommand.Create(console, time ?? TimeProvider.System));
        return command;
    }
}
