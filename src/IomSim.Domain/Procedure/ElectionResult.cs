using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>How an election went.</summary>
/// <param name="Elected">The winner, or null if nobody reached two thirds.</param>
/// <param name="Rounds">Every round, in order.</param>
public sealed record ElectionResult(string? Elected, ImmutableArray<ElectionRound> Rounds);
