using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;

namespace IomSim.Domain.Tests.Procedure;

public sealed class MajorityRulesTests
{
    [Theory]
    [InlineData(116, 2, 2, true)]   // Russia 2020 as TASS reported it
    [InlineData(112, 2, 2, true)]   // and as the seed paper reports it
    [InlineData(10, 5, 0, true)]    // exactly two thirds of the votes cast
    [InlineData(9, 5, 0, false)]    // 27 < 28
    [InlineData(8, 4, 100, true)]   // abstentions are not votes cast
    [InlineData(2, 2, 50, false)]
    [InlineData(0, 0, 10, false)]   // nothing cast, nothing adopted
    public void Admission_needs_two_thirds_of_members_present_and_voting(int yes, int no, int abstain, bool adopted) =>
        Assert.Equal(adopted, MajorityRules.For(MotionKind.Admission).IsMetBy(new Tally(yes, no, abstain, 0, 0)));

    [Theory]
    [InlineData(51, 50, 0, true)]
    [InlineData(50, 50, 0, false)]  // a tie is not a majority
    [InlineData(3, 2, 90, true)]
    public void Ordinary_decisions_and_the_budget_need_a_simple_majority_of_votes_cast(int yes, int no, int abstain, bool adopted)
    {
        Assert.Equal(adopted, MajorityRules.For(MotionKind.Ordinary).IsMetBy(new Tally(yes, no, abstain, 0, 0)));
        Assert.Equal(adopted, MajorityRules.For(MotionKind.Budget).IsMetBy(new Tally(yes, no, abstain, 0, 0)));
    }

    [Theory]
    [InlineData(80, 0, 6, 87, 0, false)]  // 86 of 173 took part: no quorum
    [InlineData(80, 0, 7, 86, 0, true)]   // 87 of 173
    [InlineData(80, 0, 6, 80, 7, false)]  // members without a vote do not count towards the quorum
    public void A_vote_is_valid_only_if_a_majority_of_members_take_part(int yes, int no, int abstain, int absent, int notEntitled, bool quorum)
    {
        var tally = new Tally(yes, no, abstain, absent, notEntitled);
        Assert.Equal(173, tally.Members);
        Assert.Equal(quorum, MajorityRules.HasQuorum(tally));
        Assert.Equal(quorum ? ItemOutcome.AdoptedByVote : ItemOutcome.NoQuorum, MajorityRules.OutcomeOf(tally, MotionKind.Admission));
    }

    [Fact]
    public void A_rejected_admission_is_rejected_by_vote()
    {
        Assert.Equal(ItemOutcome.RejectedByVote, MajorityRules.OutcomeOf(new Tally(60, 40, 10, 63, 0), MotionKind.Admission));
    }
}
