using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Procedure;

public sealed class CouncilElectionTests
{
    private static readonly DecisionModel s_noiseless = new(DecisionParameters.Default with { Noise = 0 });

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
        var result = CouncilElection.Run(s_election, members, (_, _) => 0, [], s_noiseless, 1, 0);

        Assert.Equal("Centre", result.Elected);
        var round = Assert.Single(result.Rounds);
        Assert.Equal(30, round.Votes["Centre"]);
        Assert.Equal(10, round.Votes["West"]);
    }

    [Fact]
    public void Members_without_a_vote_cast_no_ballot()
    {
        var members = Members(30, new PolicyPosition(0.1, 0)).AddRange(Members(10, new PolicyPosition(0.8, 0.8), offset: 30));
        var result = CouncilElection.Run(s_election, members, (_, _) => 0, [.. members.Take(24).Select(m => m.Code)], s_noiseless, 1, 0, maxRounds: 2);

        // 6 centre and 10 West votes: 10 of 16 is short of two thirds.
        Assert.Null(result.Elected);
        Assert.Equal(16, result.Rounds[0].Votes.Values.Sum());
    }

    [Fact]
    public void A_hostile_relation_to_the_nominator_turns_a_member_against_a_lone_candidate()
    {
        var lone = s_election with { Candidates = [s_election.Candidates[0]] };
        var member = Members(1, new PolicyPosition(0, 0))[0];
        var random = RandomStream.For(1, 0, member.Code.Value, lone.RoundId(1));

        Assert.Equal(ElectionBallot.For("Centre"), s_noiseless.Ballot(member, lone, ["Centre"], _ => 0, random));
        Assert.Equal(ElectionBallot.AgainstCandidate, s_noiseless.Ballot(member, lone, ["Centre"], _ => -1, random));
    }

    [Fact]
    public void An_absent_member_abstains()
    {
        var member = Members(1, new PolicyPosition(0, 0))[0] with { Attendance = 0 };
        var ballot = s_noiseless.Ballot(member, s_election, ["Centre", "West"], _ => 0, RandomStream.For(1, 0, "X", "r"));
        Assert.Equal(ElectionBallot.Abstention, ballot);
    }

    private static ImmutableArray<MemberProfile> Members(int count, PolicyPosition position, int offset = 0) =>
        [.. Enumerable.Range(offset, count).Select(i => new MemberProfile(
            StateCode.Parse($"E{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}"), position, 0.1, 0.1, 1.0))];
}
