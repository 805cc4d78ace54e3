using System.Collections.Immutable;

namespace IomSim.Scenarios.Model;

/// <summary>A session of the body, on one day, with its agenda in order.</summary>
public sealed record Session(string Name, DateOnly Date, ImmutableArray<AgendaEntry> Items);
