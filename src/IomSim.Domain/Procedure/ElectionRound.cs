using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>One round of an election.</summary>
/// <param name="Number">The round, from 1.</param>
/// <param name="Candidates">The candidates still standing.</param>
/// <param name="Votes">Votes per candidate.</param>
/// <param name="Against">Votes against (only when one candidate stands).</param>
/// <param name="Abstentions">Abstentions, not votes cast.</param>
/// <param name="Elected">The winner of this round, if any.</param>
/// <param name="Eliminated">The candidate dropped after this round, if any.</param>
public sealed record ElectionRound(
    int Number,
    ImmutableArray<string> Candidates,
    ImmutableSortedDictionary<string, int> Votes,
    int Against,
    int Abstentions,
    string? Elected,
    string? Eliminated);
