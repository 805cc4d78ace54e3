using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;

namespace IomSim.Grains.Tests;

public sealed class CouncilElectionGrainTests
{
    private static readonly Election s_election = new("dg-election",
    [
        new Candidate("North", SyntheticCouncil.Members[0].Code, new PolicyPosition(0.5, 0.5)),
        new Candidate("South", SyntheticCouncil.Members[1].Code, new PolicyPosition(-0.5, -0.5)),
        new Candidate("Centre", SyntheticCouncil.Members[2].Code, new PolicyPosition(0, 0)),
    ]);

    public static TheoryData<SchedulerKind> Schedulers => new() { SchedulerKind.Concurrent, SchedulerKind.Deterministic };

    [Theory]
    [MemberData(nameof(Schedulers))]
    public async Task The_Council_grain_runs_the_same_rounds_as_the_direct_election(SchedulerKind scheduler)
    {
        for (var run = 0; run < 3; run++)
        {
            await using var host = TestGrainHost.Start(scheduler, typeof(CouncilGrain).Assembly);
            var key = new RunKey(11, run);
            var grains = await host.RunAsync(async factory =>
            {
                var briefs = await SyntheticCouncil.SetUp(factory, DecisionParameters.Default);
                return await factory.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation).Elect(new ElectionItem(s_election, SyntheticCouncil.SessionDay, briefs), key);
            });
            var direct = CouncilElection.Run(s_election, SyntheticCouncil.Members, (_, _) => 0, [], DecisionParameters.Default, key.Seed, key.Run);

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
