using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>An election part-way through: who is still standing, the rounds so far, and the winner once there is one.</summary>
/// <param name="Standing">The candidates still standing, in nomination order.</param>
/// <param name="Rounds">The rounds held so far.</param>
/// <param name="Elected">The winner, once elected.</param>
public sealed record ElectionState(ImmutableArray<string> Standing, ImmutableArray<ElectionRound> Rounds, string? Elected)
{
    /// <summary>The number of the next round.</summary>
    public int NextRound => Rounds.Length + 1;

    /// <summary>Before the first round.</summary>
    public static ElectionState Start(ImmutableArray<string> candidates) =>
        candidates.IsDefaultOrEmpty
            ? throw new ArgumentException("An election needs at least one candidate.", nameof(candidates))
            : new ElectionState(candidates, [], null);

    /// <summary>Whether the election is over: someone was elected, or the rounds ran out.</summary>
    public bool IsOverAfter(int maxRounds) => Elected is not null || Rounds.Length >= maxRounds;

    /// <summary>The result so far.</summary>
    public ElectionResult ToResult() => new(Elected, Rounds);
}
