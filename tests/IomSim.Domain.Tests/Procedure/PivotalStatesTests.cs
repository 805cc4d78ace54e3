using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;

namespace IomSim.Domain.Tests.Procedure;

/// <summary>Pivotal members, worked by hand.</summary>
public sealed class PivotalStatesTests
{
    [Fact]
    public void In_a_two_thirds_vote_won_by_exactly_two_thirds_every_yes_is_pivotal_and_nothing_else()
    {
        // 4 yes, 2 no: 12 >= 12, adopted. A yes turning no: 3-3, rejected. A no turning yes: still adopted.
        // The abstainer or the absentee voting no: 4-3, 12 < 14, rejected, so both are pivotal too.
        var votes = Votes(("A", Vote.Yes), ("B", Vote.Yes), ("C", Vote.Yes), ("D", Vote.Yes), ("E", Vote.No), ("F", Vote.No), ("G", Vote.Abstain), ("H", Vote.Absent));

        Assert.Equal(["A", "B", "C", "D", "G", "H"], PivotalStates.Of(votes, MotionKind.Admission).ToArray());
    }

    [Fact]
    public void A_landslide_has_no_pivotal_member()
    {
        var votes = Votes(("A", Vote.Yes), ("B", Vote.Yes), ("C", Vote.Yes), ("D", Vote.Yes), ("E", Vote.Yes), ("F", Vote.Abstain), ("G", Vote.No));

        Assert.Empty(PivotalStates.Of(votes, MotionKind.Ordinary).ToArray());
    }

    [Fact]
    public void A_simple_majority_of_one_makes_every_yes_and_every_abstainer_pivotal()
    {
        // 3-2: a yes turning no makes 2-3; an abstainer voting no makes 3-3, a tie, rejected. A no turning yes: 4-1, same outcome.
        var votes = Votes(("A", Vote.Yes), ("B", Vote.Yes), ("C", Vote.Yes), ("D", Vote.No), ("E", Vote.No), ("F", Vote.Abstain));

        Assert.Equal(["A", "B", "C", "F"], PivotalStates.Of(votes, MotionKind.Budget).ToArray());
    }

    [Fact]
    public void An_absentee_whose_presence_makes_the_quorum_is_pivotal_and_those_without_a_vote_never_are()
    {
        // 5 members, 2 take part: no quorum. One absentee voting either way makes 3 of 5 and a valid vote.
        var votes = Votes(("A", Vote.Yes), ("B", Vote.Yes), ("C", Vote.Absent), ("D", Vote.Absent), ("E", Vote.NotEntitled));

        Assert.Equal(["C", "D"], PivotalStates.Of(votes, MotionKind.Ordinary).ToArray());
    }

    [Fact]
    public void A_tie_rejected_makes_every_no_pivotal()
    {
        var votes = Votes(("A", Vote.Yes), ("B", Vote.No), ("C", Vote.Abstain));

        // A yes turning no: 0-2, still rejected. The no turning yes: 2-0, adopted. The abstainer voting yes: 2-1, adopted.
        Assert.Equal(["B", "C"], PivotalStates.Of(votes, MotionKind.Ordinary).ToArray());
    }

    private static KeyValuePair<string, Vote>[] Votes(params (string Member, Vote Vote)[] votes) =>
        [.. votes.Select(v => KeyValuePair.Create(v.Member, v.Vote))];
}
