using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

/// <summary>A grain with persistent state that records its own activations and deactivations.</summary>
public interface IJournalGrain : IGrainWithStringKey
{
    Task<JournalEntry> Read();

    Task Append(string line);

    /// <summary>Writes the state with a deliberately stale ETag-bearing copy: reads nothing first.</summary>
    Task AppendWithoutRereading(string line);

    Task Retire();

    Task Forget();
}

/// <summary>What the journal grain reports: an immutable message.</summary>
public sealed record JournalEntry(int Activations, ImmutableList<string> Lines, string? ETag, bool RecordExists);
