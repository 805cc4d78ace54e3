using IomSim.Results;

namespace IomSim.Cli.Runs;

/// <summary>Which stored runs a <c>runs</c> command works on: by scenario id, seed, key and age; with none of them, all.</summary>
/// <param name="Scenarios">Scenario ids (any of them); empty: every scenario.</param>
/// <param name="Seed">The seed, or null for any.</param>
/// <param name="Key">The start of the key (as <c>runs list</c> shows it), or null for any.</param>
/// <param name="StoredBefore">Only runs stored before this time (runs stored without a time count as older), or null for any.</param>
internal sealed record RunSelection(IReadOnlyList<string> Scenarios, ulong? Seed, string? Key, DateTimeOffset? StoredBefore)
{
    /// <summary>Whether anything narrows the selection.</summary>
    public bool IsNarrowed => Scenarios.Count > 0 || Seed is not null || Key is not null || StoredBefore is not null;

    /// <summary>The groups of <paramref name="store"/> this selection chooses, with only their runs stored before <see cref="StoredBefore"/> when it is set.</summary>
    public IReadOnlyList<StoredRunGroup> From(IResultsStore store) =>
        [.. store.List(StoredBefore).Where(Matches)];

    private bool Matches(StoredRunGroup group) =>
        (Scenarios.Count == 0 || Scenarios.Contains(group.ScenarioId, StringComparer.Ordinal))
        && (Seed is null || group.Seed == Seed)
        && (Key is null || group.ContentHash.StartsWith(Key, StringComparison.OrdinalIgnoreCase));
}
