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
    /// <summary>What the key stands for (scenario file and sweep setting); null for runs stored before the store kept it.</summary>
    public RunSetting? Setting { get; init; }

    /// <summary>When the run was stored (UTC), as read back; null before it is stored, or for runs stored before the store kept it. Not compared.</summary>
    public DateTimeOffset? StoredAt { get; init; }

    /// <summary>Equal when every field holds the same values (events compared in order).</summary>
    public bool Equals(StoredRun? other) =>
        other is not null
        && string.Equals(ScenarioId, other.ScenarioId, StringComparison.Ordinal)
        && string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal)
        && Seed == other.Seed
        && RunIndex == other.RunIndex
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && Events.SequenceEqual(other.Events)
        && Equals(Setting, other.Setting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentHash, Seed, RunIndex, Events.Length);
}
