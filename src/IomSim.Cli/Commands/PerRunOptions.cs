using System.CommandLine;

namespace IomSim.Cli.Commands;

/// <summary>The options of <c>run</c>, <c>compare</c> and <c>sweep</c> for per-run data: <c>--per-run FILE</c>, <c>--per-run-votes FILE</c>, <c>--no-store</c>.</summary>
internal sealed class PerRunOptions
{
    private readonly Option<string?> _items = new("--per-run")
    {
        Description = "Also write every run as tidy data, one row per run × item (outcome, tally, objectors, requesters, the varied "
            + "values, a budget year's funding figures): FILE.csv or FILE.parquet (docs/per-run-data.md).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _votes = new("--per-run-votes")
    {
        Description = "Also write one row per run × item × state (vote, reason): FILE.csv or FILE.parquet.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _noStore = new("--no-store")
    {
        Description = "Keep the runs out of the results store (a sweep keeps them in a temporary file until it has summarised them).",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public PerRunOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_items);
        command.Options.Add(_votes);
        command.Options.Add(_noStore);
    }

    /// <summary>What the command line asks for.</summary>
    public PerRunRequest Read(ParseResult parsed) => new(parsed.GetValue(_items), parsed.GetValue(_votes), parsed.GetValue(_noStore));
}
