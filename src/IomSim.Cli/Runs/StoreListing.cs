using IomSim.Results;

namespace IomSim.Cli.Runs;

/// <summary>What <c>runs list</c> shows: the store, its size, and the chosen groups with an estimate of the space each takes.</summary>
/// <param name="Location">The file path, or the database URL without its password.</param>
/// <param name="SizeBytes">The store's size.</param>
/// <param name="All">Every group in the store (for the estimate's denominator).</param>
/// <param name="Groups">The chosen groups.</param>
internal sealed record StoreListing(string Location, long SizeBytes, IReadOnlyList<StoredRunGroup> All, IReadOnlyList<StoredRunGroup> Groups)
{
    /// <summary>
    /// The space a group takes, estimated: the store's size shared out by each group's stored text (votes, reasons and
    /// lists, most of a run's space). An estimate, since a database's pages are not kept per group.
    /// </summary>
    public long EstimatedBytes(StoredRunGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var text = All.Sum(g => g.TextBytes);
        return text == 0 ? 0 : (long)Math.Round((double)SizeBytes * group.TextBytes / text);
    }

    /// <summary>The runs in the chosen groups.</summary>
    public long Runs => Groups.Sum(g => (long)g.Runs);
}
