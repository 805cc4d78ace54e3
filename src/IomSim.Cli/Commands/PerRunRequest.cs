using IomSim.Results.Export;

namespace IomSim.Cli.Commands;

/// <summary>What <c>--per-run</c>, <c>--per-run-votes</c> and <c>--no-store</c> asked for.</summary>
/// <param name="Items">The items table's file (one row per run × item), or null.</param>
/// <param name="Votes">The votes table's file (one row per run × item × state), or null.</param>
/// <param name="NoStore">Whether the runs are kept out of the results store.</param>
internal sealed record PerRunRequest(string? Items, string? Votes, bool NoStore)
{
    /// <summary>Nothing asked for: no tables, runs stored.</summary>
    public static PerRunRequest None { get; } = new(null, null, false);

    /// <summary>Whether any table is asked for.</summary>
    public bool Any => Items is not null || Votes is not null;

    /// <summary>Checks both files before any run is played: a known extension and a place that can be written.</summary>
    /// <exception cref="InvalidInputException">An unknown extension, a folder, or a place that cannot be written.</exception>
    public void Check()
    {
        try
        {
            if (Items is not null)
            {
                PerRunFile.Check(Items, "--per-run");
            }

            if (Votes is not null)
            {
                PerRunFile.Check(Votes, "--per-run-votes");
            }

            if (Items is not null && Votes is not null && Path.GetFullPath(Items) == Path.GetFullPath(Votes))
            {
                throw new PerRunFileException($"--per-run and --per-run-votes both name {Items}; give each table its own file");
            }
        }
        catch (PerRunFileException error)
        {
            throw new InvalidInputException($"iomsim: {error.Message}", error);
        }
    }
}
