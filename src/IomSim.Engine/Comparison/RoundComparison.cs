using System.Collections.Immutable;

namespace IomSim.Engine.Comparison;

/// <summary>One documented election round beside the same round simulated.</summary>
/// <param name="Number">The round.</param>
/// <param name="Source">Who gives the documented tally.</param>
/// <param name="Documented">Documented votes per candidate.</param>
/// <param name="Simulated">Mean simulated votes per candidate, over the runs that held the round (0 for a candidate no longer standing).</param>
/// <param name="ReachedShare">Share of runs that held this round.</param>
/// <param name="Error">Mean absolute difference over the documented candidates, in votes (null when no run held the round).</param>
public sealed record RoundComparison(
    int Number,
    string Source,
    ImmutableSortedDictionary<string, int> Documented,
    ImmutableSortedDictionary<string, double> Simulated,
    double ReachedShare,
    double? Error);
