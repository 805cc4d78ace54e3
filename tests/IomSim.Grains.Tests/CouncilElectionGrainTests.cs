using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class CouncilElectionGrainTests(GrainCluster cluster)
{
    private static readonly Election s_election = new("dg-election",
    [
        new Candidate("North", SyntheticCouncil.Members[0].Code, new PolicyPosition(0.5, 0.5)),
        new Candidate("South", SyntheticCouncil.Members[1].Code, new PolicyPosition(-0.5, -0.5)),
        new Candidate("Centre", SyntheticCouncil.Members[2].Code, new PolicyPosition(0, 0)),
    ]);

    [Fact]
    public async Task The_Council_grain_runs_the_same_rounds_as_the_direct_election_in_every_run_of_a_batch()
    {
        var lane = GrainCluster.NewLane();
        var batch = GrainCluster.Batch(11, 0, 3);
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, batch, DecisionParameters.Default);
        var elected = await cluster.Grains.GetGrain<ICouncilGrain>(lane).Elect(new ElectionItem(s_election, SyntheticCouncil.SessionDay, briefs), batch);

        for (var run = 0; run < 3; run++)
        {
            var direct = CouncilElection.Run(s_election, SyntheticCouncil.Members, (_, _) => 0, [], DecisionModel.Default, 11, run);
            var grains = elected.ByRun[run];
            Assert.Equal(direct.Elected, grains.Elected);
            Assert.Equal(direct.Rounds.Length, grains.Rounds.Length);
            for (var i = 0; i < direct.Rounds.Length; i++)
            {
                Assert.Equal(direct.Rounds[i].Votes, grains.Rounds[i].Votes);
                Assert.Equal(direct.Rounds[i].Eliminated, grains.Rounds[i].Eliminated);
            }
        }
    }
}
