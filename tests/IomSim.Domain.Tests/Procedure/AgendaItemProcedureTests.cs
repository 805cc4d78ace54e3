using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

public sealed class AgendaItemProcedureTests
{
    private static readonly DecisionModel s_noiseless = new(DecisionParameters.Default with { Noise = 0 });
    private static readonly StateCode s_ukraine = StateCode.Parse("UKR");

    [Fact]
    public void Without_an_insistent_objector_the_item_is_adopted_by_consensus()
    {
        var result = AgendaItemProcedure.Run(Admission(), CouncilRoster.Of(Members(20)), s_noiseless, seed: 1, run: 0);

        Assert.Equal(ItemOutcome.AdoptedByConsensus, result.Outcome);
        Assert.Null(result.Tally);
        Assert.Empty(result.Objectors);
    }

    [Fact]
    public void A_member_insisting_on_a_vote_gets_one_and_every_member_is_counted_once()
    {
        var members = Members(20).Add(new MemberProfile(s_ukraine, new PolicyPosition(0.3, 0.2), 1.0, 0.1, 1.0));
        var roster = CouncilRoster.Of(members) with { RelationToSubject = ImmutableDictionary<StateCode, double>.Empty.Add(s_ukraine, -1.0) };

        var result = AgendaItemProcedure.Run(Admission(), roster, s_noiseless, seed: 1, run: 0);

        Assert.Equal(s_ukraine, Assert.Single(result.RequestedVote));
        Assert.Equal(ItemOutcome.AdoptedByVote, result.Outcome);
        Assert.Equal(new Tally(20, 1, 0, 0, 0), result.Tally);
        Assert.Equal(Vote.No, result.Votes[s_ukraine]);
        Assert.Equal(DecisionReason.RelationAgainst, result.Reasons[s_ukraine]);
    }

    [Fact]
    public void A_request_on_record_lists_the_member_as_requesting_not_as_objecting_unless_its_own_view_objects()
    {
        // A friendly member asks for the vote (on record); a hostile one objects on its own view and asks too.
        var friendly = Members(10)[0].Code;
        var members = Members(10).Add(new MemberProfile(s_ukraine, new PolicyPosition(0.3, 0.2), 0.0, 0.1, 1.0));
        var roster = CouncilRoster.Of(members) with
        {
            RelationToSubject = ImmutableDictionary<StateCode, double>.Empty.Add(s_ukraine, -1.0),
            FormalVoteRequestedBy = [friendly, s_ukraine],
        };

        var result = AgendaItemProcedure.Run(Admission(), roster, s_noiseless, seed: 1, run: 0);

        Assert.Equal([friendly, s_ukraine], result.RequestedVote.Order());
        Assert.Equal(s_ukraine, Assert.Single(result.Objectors));
    }

    [Fact]
    public void A_member_in_arrears_is_present_but_not_entitled_to_vote()
    {
        var members = Members(10).Add(new MemberProfile(s_ukraine, new PolicyPosition(0.3, 0.2), 1.0, 0.1, 1.0));
        var inArrears = members[0].Code;
        var roster = CouncilRoster.Of(members) with
        {
            RelationToSubject = ImmutableDictionary<StateCode, double>.Empty.Add(s_ukraine, -1.0),
            NotEntitled = [inArrears],
        };

        var result = AgendaItemProcedure.Run(Admission(), roster, s_noiseless, seed: 1, run: 0);

        Assert.Equal(Vote.NotEntitled, result.Votes[inArrears]);
        Assert.Equal(new Tally(9, 1, 0, 0, 1), result.Tally);
    }

    [Fact]
    public void Blocs_pull_their_members_towards_the_bloc_view()
    {
        // Three hostile members and one friendly member share a bloc; the friendly one's vote follows them.
        var friendly = new MemberProfile(StateCode.Parse("AAA"), new PolicyPosition(-0.8, -0.5), 0, 0.1, 1);
        var hostile = Enumerable.Range(0, 3).Select(i => new MemberProfile(StateCode.Parse($"HO{(char)('A' + i)}"), new PolicyPosition(1, 1), 0, 0.1, 1));
        var members = hostile.Prepend(friendly).ToImmutableArray();
        var relations = members.Skip(1).ToImmutableDictionary(m => m.Code, _ => -1.0);
        var blocs = members.ToImmutableDictionary(m => m.Code, _ => ImmutableArray.Create("bloc"));
        var model = new DecisionModel(DecisionParameters.Default with { Noise = 0, BlocCohesion = 1.0 });

        var alone = AgendaItemProcedure.Run(Admission(), CouncilRoster.Of(members) with { RelationToSubject = relations }, model, 1, 0);
        var together = AgendaItemProcedure.Run(Admission(), CouncilRoster.Of(members) with { RelationToSubject = relations, BlocsOf = blocs }, model, 1, 0);

        Assert.Equal(Vote.Yes, alone.Votes[friendly.Code]);
        Assert.Equal(Vote.No, together.Votes[friendly.Code]);
    }

    private static Motion Admission() => new("admit", MotionKind.Admission, new PolicyPosition(-0.8, -0.5), StateCode.Parse("RUS"));

    private static ImmutableArray<MemberProfile> Members(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new MemberProfile(
            StateCode.Parse($"M{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}"),
            new PolicyPosition((i % 5 / 2.0) - 1, 0),
            0.2,
            0.1,
            1.0))];
}
