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
        var tally = Tally.Of(cast.Select(v => v.Value));
        var outcome = MajorityRules.OutcomeOf(tally, kind);

        // Every member with the same vote has the same switches, so each vote is judged once.
        var pivotal = new Dictionary<Vote, bool>
        {
            [Vote.Yes] = Changes(tally, Vote.Yes, Vote.No),
            [Vote.No] = Changes(tally, Vote.No, Vote.Yes),
            [Vote.Abstain] = Changes(tally, Vote.Abstain, Vote.Yes) || Changes(tally, Vote.Abstain, Vote.No),
            [Vote.Absent] = Changes(tally, Vote.Absent, Vote.Yes) || Changes(tally, Vote.Absent, Vote.No),
            [Vote.NotEntitled] = false,
        };
        return [.. cast.Where(v => pivotal[v.Value]).Select(v => v.Key)];

        bool Changes(Tally before, Vote from, Vote to) =>
            Count(before, from) > 0 && MajorityRules.OutcomeOf(Move(before, from, to), kind) != outcome;
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
