using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>An election part-way through: who is still standing, the rounds so far, and the winner once there is one.</summary>
/// <param name="Standing">The candidates still standing, in nomination order.</param>
/// <param name="Rounds">The rounds held so far.</param>
/// <param name="Elected">The winner, once elected.</param>
/// <param name="Rules">The practice applied between rounds.</param>
public sealed record ElectionState(ImmutableArray<string> Standing, ImmutableArray<ElectionRound> Rounds, string? Elected, ElectionRules Rules)
{
    /// <summary>The number of the next round.</summary>
    public int NextRound => Rounds.Length + 1;

    /// <summary>Whether the election is over: someone was elected, or the rounds ran out.</summary>
    public bool IsOver => Elected is not null || Rounds.Length >= Rules.MaxRounds;

    /// <summary>Before the first round, with the Council's default practice.</summary>
    public static ElectionState Start(ImmutableArray<string> candidates) => Start(candidates, ElectionRules.Default);

    /// <summary>Before the first round; a lone candidate is elected at once by acclamation when the rules say so.</summary>
    public static ElectionState Start(ImmutableArray<string> candidates, ElectionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (candidates.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An election needs at least one candidate.", nameof(candidates));
        }

        return new ElectionState(candidates, [], null, rules).AcclaimLoneCandidate();
    }

    /// <summary>The result so far.</summary>
    public ElectionResult ToResult() => new(Elected, Rounds);

    /// <summary>This state, or, with one candidate left and acclamation the rule, that candidate elected by acclamation.</summary>
    internal ElectionState AcclaimLoneCandidate()
    {
        if (Elected is not null || Standing.Length != 1 || Rules.LoneCandidate != LoneCandidateRule.Acclamation || IsOver)
        {
            return this;
        }

        var lone = Standing[0];
        var round = new ElectionRound(NextRound, Standing, ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal), 0, 0, 0, lone, null)
        {
            ByAcclamation = true,
        };
        return this with { Rounds = Rounds.Add(round), Elected = lone };
    }
}
