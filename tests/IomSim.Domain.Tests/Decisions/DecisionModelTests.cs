using IomSim.Domain.Decisions;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Decisions;

public sealed class DecisionModelTests
{
    private static readonly DecisionModel s_noiseless = new(DecisionParameters.Default with { Noise = 0 });
    private static readonly Motion s_admission = new("admit-rus", MotionKind.Admission, new PolicyPosition(-0.8, -0.5), StateCode.Parse("RUS"));

    [Fact]
    public void The_base_utility_is_baseline_minus_distance_plus_relation()
    {
        var member = Member("DEU", 0.6, 0.5);
        var utility = s_noiseless.BaseUtility(member, s_admission, new MotionContext(-0.5, null, 0));

        var expected = 1.0 - (0.35 * member.Position.DistanceTo(s_admission.Position)) - (2.0 * 0.5);
        Assert.Equal(expected, utility, precision: 12);
    }

    [Fact]
    public void A_member_hostile_to_the_applicant_objects_and_insists_on_a_vote_when_it_is_prone_to()
    {
        var ukraine = Member("UKR", 0.3, 0.2, consensusBreak: 1.0);
        var decision = s_noiseless.Decide(ukraine, s_admission, new MotionContext(-1.0, null, 0), Stream("UKR"));

        Assert.True(decision.Present);
        Assert.True(decision.ObjectsToConsensus);
        Assert.True(decision.RequestsFormalVote);
        Assert.Equal(Vote.No, decision.Vote);
        Assert.Equal(DecisionReason.Relation, decision.Reason);
    }

    [Fact]
    public void An_objector_that_is_not_prone_to_break_consensus_only_objects()
    {
        var decision = s_noiseless.Decide(Member("UKR", 0.3, 0.2, consensusBreak: 0.0), s_admission, new MotionContext(-1.0, null, 0), Stream("UKR"));

        Assert.True(decision.ObjectsToConsensus);
        Assert.False(decision.RequestsFormalVote);
    }

    [Fact]
    public void Inside_the_abstention_band_a_member_abstains()
    {
        // Baseline 1.0 less 0.35 x distance 2.0 = 0.3; a band of 0.4 makes that an abstention, a band of 0.2 a yes.
        var far = new Motion("m", MotionKind.Admission, new PolicyPosition(-1, 0));
        Assert.Equal(Vote.Abstain, s_noiseless.Decide(Member("USA", 1, 0, band: 0.4), far, MotionContext.None, Stream("USA")).Vote);
        Assert.Equal(Vote.Yes, s_noiseless.Decide(Member("USA", 1, 0, band: 0.2), far, MotionContext.None, Stream("USA")).Vote);
    }

    [Fact]
    public void A_member_that_never_attends_is_absent_and_neither_objects_nor_votes()
    {
        var decision = s_noiseless.Decide(Member("UKR", 0.3, 0.2, consensusBreak: 1.0, attendance: 0), s_admission, new MotionContext(-1.0, null, 0), Stream("UKR"));

        Assert.False(decision.Present);
        Assert.False(decision.ObjectsToConsensus);
        Assert.Equal(Vote.Absent, decision.Vote);
    }

    [Fact]
    public void A_member_moves_towards_its_blocs_view_by_the_cohesion_weight()
    {
        var member = Member("POL", 0.5, 0.0);
        var own = s_noiseless.BaseUtility(member, s_admission, MotionContext.None);
        var alone = s_noiseless.Decide(member, s_admission, MotionContext.None, Stream("POL"));
        var withBloc = s_noiseless.Decide(member, s_admission, new MotionContext(0, own + 1.0, 0), Stream("POL"));

        Assert.Equal(own, alone.Utility, precision: 12);
        Assert.Equal(own + 0.5, withBloc.Utility, precision: 12);
    }

    [Fact]
    public void The_same_member_motion_and_stream_give_the_same_decision()
    {
        var model = DecisionModel.Default;
        var first = model.Decide(Member("HND", 0.1, 0.0), s_admission, MotionContext.None, Stream("HND"));
        var second = model.Decide(Member("HND", 0.1, 0.0), s_admission, MotionContext.None, Stream("HND"));
        Assert.Equal(first, second);
    }

    private static RandomStream Stream(string state) => RandomStream.For(2020, 0, state, s_admission.Id);

    private static MemberProfile Member(string code, double alignment, double rights, double consensusBreak = 0.2, double band = 0.1, double attendance = 1.0) =>
        new(StateCode.Parse(code), new PolicyPosition(alignment, rights), consensusBreak, band, attendance);
}
