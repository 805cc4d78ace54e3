using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

public sealed class CouncilElectionTests
{
    private static readonly DecisionParameters s_noiselessParameters = DecisionParameters.Default with { Noise = 0 };
    private static readonly ElectionBallotModel s_noiseless = new(s_noiselessParameters);

    private static readonly Election s_election = new("dg-2023",
    [
        new Candidate("Centre", StateCode.Parse("CCC"), new PolicyPosition(0, 0)),
        new Candidate("West", StateCode.Parse("WWW"), new PolicyPosition(0.9, 0.9)),
    ]);

    [Fact]
    public void Members_vote_for_the_nearest_candidate_and_two_thirds_elect_in_the_first_round()
    {
        // 30 members near the centre, 10 near the West candidate: 30 of 40 votes is three quarters.
        var members = Members(30, new PolicyPosition(0.1, 0)).AddRange(Members(10, new PolicyPosition(0.8, 0.8), offset: 30));
        var result = CouncilElection.Run(s_election, members, (_, _) => 0, [], s_noiselessParameters, 1, 0);

        Assert.Equal("Centre", result.Elected);
        var round = Assert.Single(result.Rounds);
        Assert.Equal(30, round.Votes["Centre"]);
        Assert.Equal(10, round.Votes["West"]);
    }

    [Fact]
    public void Members_without_a_vote_cast_no_ballot()
    {
        var members = Members(30, new PolicyPosition(0.1, 0)).AddRange(Members(10, new PolicyPosition(0.8, 0.8), offset: 30));
        var result = CouncilElection.Run(
            s_election with { Rules = ElectionRules.Default with { MaxRounds = 2 } }, members, (_, _) => 0, [.. members.Take(24).Select(m => m.Code)], s_noiselessParameters, 1, 0);

        // 6 centre and 10 West votes: 10 of 16 is short of two thirds; the 24 in arrears cast no ballot and are not counted at all.
        Assert.Null(result.Elected);
        Assert.Equal(16, result.Rounds[0].Votes.Values.Sum());
        Assert.Equal(16, result.Rounds[0].Voters);
    }

    [Fact]
    public void A_hostile_relation_to_the_nominator_turns_a_member_against_a_lone_candidate()
    {
        var lone = s_election with { Candidates = [s_election.Candidates[0]], Rules = ElectionRules.Default with { LoneCandidate = LoneCandidateRule.Ballot } };
        var member = Members(1, new PolicyPosition(0, 0))[0];
        var random = RandomStream.For(1, 0, member.Code.Value, lone.RoundId(1));

        Assert.Equal(ElectionBallot.For("Centre"), s_noiseless.Ballot(member, lone, ["Centre"], _ => 0, random));
        Assert.Equal(ElectionBallot.AgainstCandidate, s_noiseless.Ballot(member, lone, ["Centre"], _ => -1, random));
    }

    [Fact]
    public void An_absent_member_casts_no_ballot()
    {
        var member = Members(1, new PolicyPosition(0, 0))[0] with { Attendance = 0 };
        var ballot = s_noiseless.Ballot(member, s_election, ["Centre", "West"], _ => 0, RandomStream.For(1, 0, "X", "r"));
        Assert.Equal(ElectionBallot.Absent, ballot);
    }

    [Fact]
    public void A_present_member_who_finds_every_candidate_unacceptable_casts_a_blank_ballot()
    {
        // Far from both and hostile to both nominators: below minus its band for each.
        var member = Members(1, new PolicyPosition(-1, -1))[0];
        var ballot = s_noiseless.Ballot(member, s_election, ["Centre", "West"], _ => -1, RandomStream.For(1, 0, "X", "r"));
        Assert.Equal(ElectionBallot.Blank, ballot);
    }

    [Fact]
    public void Documented_attributes_move_a_member_to_the_candidate_they_favour()
    {
        // A member at the centre prefers the Centre candidate on distance alone; its own endorsement of West turns it.
        var member = Members(1, new PolicyPosition(0, 0))[0];
        var endorsement = new Endorsement(member.Code.Value, [member.Code], "test", new DateOnly(2018, 1, 1), ValueBasis.Documented);
        var endorsed = s_election with
        {
            Candidates = [s_election.Candidates[0], s_election.Candidates[1] with { Profile = CandidateProfile.Unknown with { Endorsements = [endorsement] } }],
        };
        var random = RandomStream.For(1, 0, member.Code.Value, "r");

        Assert.Equal(ElectionBallot.For("Centre"), s_noiseless.Ballot(member, s_election, ["Centre", "West"], _ => 0, random));
        Assert.Equal(ElectionBallot.For("West"), s_noiseless.Ballot(member, endorsed, ["Centre", "West"], _ => 0, random));
        var weights = endorsed.Weights;
        Assert.Equal(
            weights.Endorsed,
            s_noiseless.Utility(member, endorsed, endorsed.Candidates[1], 0) - s_noiseless.Utility(member, s_election, s_election.Candidates[1], 0),
            12);
    }

    [Fact]
    public void Region_incumbency_deputy_and_donor_standing_each_add_their_weight_and_unknown_adds_nothing()
    {
        var member = Members(1, new PolicyPosition(0.2, 0.1))[0];
        var asOf = new DateOnly(2018, 1, 1);
        var known = s_election.Candidates[1] with
        {
            Profile = new CandidateProfile(
                new CandidateFact<string>("UN-WEOG", "test", asOf, ValueBasis.Dataset),
                new CandidateFact<double>(0.5, "test", asOf, ValueBasis.Dataset),
                new CandidateFact<bool>(true, "test", asOf, ValueBasis.Documented),
                new CandidateFact<bool>(true, "test", asOf, ValueBasis.Documented),
                []),
        };
        var election = s_election with { Regions = ImmutableDictionary<StateCode, string>.Empty.Add(member.Code, "UN-WEOG") };
        var w = election.Weights;
        var added = s_noiseless.Utility(member, election, known, 0) - s_noiseless.Utility(member, election, s_election.Candidates[1], 0);
        Assert.Equal(w.SameRegion + (0.5 * w.DonorStanding) + w.Incumbent + w.ServingDeputy, added, 12);
    }

    private static ImmutableArray<MemberProfile> Members(int count, PolicyPosition position, int offset = 0) =>
        [.. Enumerable.Range(offset, count).Select(i => new MemberProfile(
            StateCode.Parse($"E{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}"), position, 0.1, 0.1, 1.0))];
}
