using System.Collections.Immutable;

namespace IomSim.Domain.Procedure;

/// <summary>
/// The Council's practice for one election (shared/reference/iom-facts.md §1, Art. 18 and the 2018 procedure), with
/// what a scenario states: withdrawals between rounds, a rule for a hopeless trailer, how a lone candidate is elected.
/// </summary>
public sealed record ElectionRules
{
    /// <summary>The usual cap on rounds ("as many rounds as needed": the cap only stops a deadlock).</summary>
    public const int DefaultMaxRounds = 30;

    /// <summary>Withdrawals stated in the scenario, each after its round.</summary>
    public ImmutableArray<ElectionWithdrawal> Withdrawals { get; init; } = [];

    /// <summary>
    /// A candidate whose share of the votes cast falls below this after a round withdraws (the lowest one only, and
    /// never the last one standing); null: no such rule. A scenario's assumption, stated as such.
    /// </summary>
    public double? TrailerWithdrawsBelow { get; init; }

    /// <summary>How a candidate left alone is elected.</summary>
    public LoneCandidateRule LoneCandidate { get; init; } = LoneCandidateRule.Acclamation;

    /// <summary>When to stop without a winner.</summary>
    public int MaxRounds { get; init; } = DefaultMaxRounds;

    /// <summary>The Council's practice with nothing stated: acclamation for a lone candidate, no withdrawals.</summary>
    public static ElectionRules Default { get; } = new();
}
