namespace IomSim.Results.Export;

/// <summary>Writes the runs of chosen groups of a results store as the per-run tables: group after group, each group's runs by run index.</summary>
public static class StoredRunExport
{
    /// <summary>
    /// Writes <paramref name="groups"/>' runs (those below <paramref name="runs"/> in each) from <paramref name="store"/>
    /// to the items table <paramref name="itemsPath"/> and the votes table <paramref name="votesPath"/> (either may be
    /// null); returns the runs and the rows written.
    /// </summary>
    public static (int Runs, long Items, long Votes) Write(
        IResultsStore store, IReadOnlyList<StoredRunGroup> groups, string? itemsPath, string? votesPath, int runs = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(groups);
        var paths = PerRunTables.PathsOf(groups.Select(g => g.Setting?.Text ?? string.Empty));
        using var tables = new PerRunTables(itemsPath, votesPath, paths);
        var count = 0;
        foreach (var group in groups)
        {
            foreach (var run in store.Load(group.ContentHash, group.Seed, runs))
            {
                tables.Add(run);
                count++;
            }
        }

        var (items, votes) = tables.Complete();
        return (count, items, votes);
    }
}
