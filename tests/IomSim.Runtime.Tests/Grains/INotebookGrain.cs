using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

/// <summary>A grain with a persistent state and a field of its own, which it can reset.</summary>
public interface INotebookGrain : IGrainWithStringKey
{
    Task Write(string line);

    Task<NotebookPage> Read();
}

/// <summary>What a notebook holds: its calls since activation (a field), and its lines (persistent).</summary>
public sealed record NotebookPage(int CallsSinceActivation, ImmutableList<string> Lines, string? ETag, bool RecordExists);
