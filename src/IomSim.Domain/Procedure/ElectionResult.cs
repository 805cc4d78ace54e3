using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>How an election went.</summary>
/// <param name="Elected">The winner, or null if nobody reached two thirds.</param>
/// <param name="Rounds">Every round, in order.</param>
public sealed record ElectionResult(string? Elected, ImmutableArray<ElectionRound> Rounds)
{
    /// <summary>Whether the winner was elected by acclamation.</summary>
    public bool ByAcclamation => Rounds.Length > 0 && Rounds[^1].ByAcclamation;
}
