using System.Collections.Immutable;

namespace IomSim.Results;

/// <summary>One run of a scenario as the results store keeps it.</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="ContentHash">SHA-256 of the scenario file's bytes (lower-case hex).</param>
/// <param name="Seed">The seed.</param>
/// <param name="RunIndex">The run index.</param>
/// <param name="Version">The program version that produced the run.</param>
/// <param name="Events">One entry per agenda item, in timeline order.</param>
public sealed record StoredRun(
    string ScenarioId,
    string ContentHash,
    ulong Seed,
    int RunIndex,
    string Version,
    ImmutableArray<StoredEvent> Events)
{
    /// <summary>Equal when every field holds the same values (events compared in order).</summary>
    public bool Equals(StoredRun? other) =>
        other is not null
        && string.Equals(ScenarioId, other.ScenarioId, StringComparison.Ordinal)
        && string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal)
        && Seed == other.Seed
        && RunIndex == other.RunIndex
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && Events.SequenceEqual(other.Events);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentHash, Seed, RunIndex, Events.Length);
}
