using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

public sealed record JournalState
{
    public int Activations { get; init; }

    public ImmutableList<string> Lines { get; init; } = [];
}
