using IomSim.Domain.Decisions;

namespace IomSim.Domain.Procedure;

/// <summary>The rules: which majority each kind of decision needs, and whether a tally meets it.</summary>
public static class MajorityRules
{
    /// <summary>The majority a kind of motion needs.</summary>
    public static MajorityRule For(MotionKind kind) => kind switch
    {
        MotionKind.Admission or MotionKind.Election => MajorityRule.TwoThirds,
        MotionKind.Budget or MotionKind.Ordinary => MajorityRule.SimpleMajority,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown motion kind."),
    };

    /// <summary>
    /// Whether the votes cast meet the rule. Abstentions are not votes cast. With no vote cast at all, nothing is
    /// adopted. Integer arithmetic, so two thirds is exact.
    /// </summary>
    public static bool IsMetBy(this MajorityRule rule, Tally tally) => rule switch
    {
        _ when tally.PresentAndVoting == 0 => false,
        MajorityRule.SimpleMajority => tally.Yes > tally.No,
        MajorityRule.TwoThirds => 3 * tally.Yes >= 2 * tally.PresentAndVoting,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown majority rule."),
    };

    /// <summary>
    /// Whether a vote is valid: a majority of the Council's members must take part (Art. 29(3)). Abstaining counts as
    /// taking part; members absent or without a vote do not.
    /// </summary>
    public static bool HasQuorum(Tally tally) => 2 * tally.TakingPart > tally.Members;

    /// <summary>How a formal vote on a kind of motion ends: invalid without a quorum, else by the kind's majority.</summary>
    public static ItemOutcome OutcomeOf(Tally tally, MotionKind kind) =>
        !HasQuorum(tally) ? ItemOutcome.NoQuorum
        : For(kind).IsMetBy(tally) ? ItemOutcome.AdoptedByVote
        : ItemOutcome.RejectedByVote;
}
