using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.Procedure;

/// <summary>
/// The members whose vote decided a formal vote: a member is pivotal when changing its vote alone — yes to no, no to
/// yes, or an abstention or absence to yes or to no — would change the outcome (adopted, rejected, or no quorum).
/// Members without the right to vote cannot change theirs.
/// </summary>
public static class PivotalStates
{
    /// <summary>The pivotal members of a vote on a motion of <paramref name="kind"/>, in the order of <paramref name="votes"/>.</summary>
    public static ImmutableArray<TMember> Of<TMember>(IEnumerable<KeyValuePair<TMember, Vote>> votes, MotionKind kind)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var cast = votes.ToArray();
        var pivotal = PivotalVotes(Tally.Of(cast.Select(v => v.Value)), kind);
        return [.. cast.Where(v => pivotal[(int)v.Value]).Select(v => v.Key)];
    }

    /// <summary>
    /// For a vote that ended in <paramref name="tally"/>, whether a member who cast each vote (indexed by
    /// <see cref="Vote"/>) is pivotal: every member with the same vote has the same switches, so each vote is judged once.
    /// </summary>
    public static bool[] PivotalVotes(Tally tally, MotionKind kind)
    {
        var outcome = MajorityRules.OutcomeOf(tally, kind);
        var pivotal = new bool[(int)Vote.NotEntitled + 1];
        pivotal[(int)Vote.Yes] = Changes(Vote.Yes, Vote.No);
        pivotal[(int)Vote.No] = Changes(Vote.No, Vote.Yes);
        pivotal[(int)Vote.Abstain] = Changes(Vote.Abstain, Vote.Yes) || Changes(Vote.Abstain, Vote.No);
        pivotal[(int)Vote.Absent] = Changes(Vote.Absent, Vote.Yes) || Changes(Vote.Absent, Vote.No);
        return pivotal;

        bool Changes(Vote from, Vote to) =>
            Count(tally, from) > 0 && MajorityRules.OutcomeOf(Move(tally, from, to), kind) != outcome;
    }

    private static int Count(Tally tally, Vote vote) => vote switch
    {
        Vote.Yes => tally.Yes,
        Vote.No => tally.No,
        Vote.Abstain => tally.Abstain,
        Vote.Absent => tally.Absent,
        _ => tally.NotEntitled,
    };

    private static Tally Move(Tally tally, Vote from, Vote to) => Add(Add(tally, from, -1), to, 1);

    private static Tally Add(Tally tally, Vote vote, int by) => vote switch
    {
        Vote.Yes => tally with { Yes = tally.Yes + by },
        Vote.No => tally with { No = tally.No + by },
        Vote.Abstain => tally with { Abstain = tally.Abstain + by },
        Vote.Absent => tally with { Absent = tally.Absent + by },
        _ => tally with { NotEntitled = tally.NotEntitled + by },
    };
}
