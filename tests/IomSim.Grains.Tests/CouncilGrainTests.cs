using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;

namespace IomSim.Grains.Tests;

public sealed class CouncilGrainTests
{
    public static TheoryData<SchedulerKind> Schedulers => new() { SchedulerKind.Concurrent, SchedulerKind.Deterministic };

    [Theory]
    [MemberData(nameof(Schedulers))]
    public async Task The_Council_grain_reaches_the_same_votes_state_by_state_as_the_direct_procedure(SchedulerKind scheduler)
    {
        for (var run = 0; run < 5; run++)
        {
            var grain = await RunWithGrains(scheduler, new RunKey(2020, run));
            var direct = AgendaItemProcedure.Run(SyntheticCouncil.Admission, SyntheticCouncil.Roster, DecisionModel.Default, 2020, run);

            Assert.Equal(direct.Outcome, grain.Outcome);
            Assert.Equal(direct.Tally, grain.Tally);
            Assert.Equal(direct.Votes, grain.Votes);
            Assert.Equal(direct.Reasons, grain.Reasons);
            Assert.Equal(direct.RequestedVote.ToArray(), grain.RequestedVote.ToArray());
        }
    }

    [Fact]
    public async Task A_hostile_member_prone_to_break_consensus_forces_a_formal_vote_that_the_applicant_still_wins()
    {
        var result = await RunWithGrains(SchedulerKind.Deterministic, new RunKey(2020, 0));

        Assert.Contains(SyntheticCouncil.Hostile, result.RequestedVote);
        Assert.Equal(ItemOutcome.AdoptedByVote, result.Outcome);
        Assert.Equal(Vote.No, result.Votes[SyntheticCouncil.Hostile]);
        Assert.Equal(60, result.Tally!.Value.Members);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_votes_on_one_thread_or_many()
    {
        var sequential = new AgendaItemResult[8];
        for (var run = 0; run < sequential.Length; run++)
        {
            sequential[run] = await RunWithGrains(SchedulerKind.Deterministic, new RunKey(7, run));
        }

        var parallel = new AgendaItemResult[8];
        Parallel.For(0, parallel.Length, run => parallel[run] = RunWithGrains(SchedulerKind.Deterministic, new RunKey(7, run)).GetAwaiter().GetResult());

        for (var run = 0; run < parallel.Length; run++)
        {
            Assert.Equal(sequential[run].Votes, parallel[run].Votes);
            Assert.Equal(sequential[run].Tally, parallel[run].Tally);
        }

        // Different runs draw differently: the check above is not comparing constants.
        Assert.True(sequential.Select(r => string.Join(",", r.Votes.Values)).Distinct().Count() > 1);
    }

    [Fact]
    public async Task A_member_in_arrears_is_listed_as_not_entitled_in_the_tally()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(CouncilGrain).Assembly);
        var result = await host.RunAsync(async grains =>
        {
            await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            var debtor = SyntheticCouncil.Members[0].Code;
            await grains.GetGrain<IAdministrationGrain>(SyntheticCouncil.Organisation)
                .RecordArrears(debtor, new ArrearsStanding(100m, 100m, new DateOnly(2019, 1, 1), false));
            return await grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation)
                .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay), new RunKey(2020, 0));
        });

        var debtor = SyntheticCouncil.Members[0].Code;
        Assert.True(result.Votes[debtor] is Vote.NotEntitled or Vote.Absent);
        Assert.Equal(result.Votes.Values.Count(v => v == Vote.NotEntitled), result.Tally!.Value.NotEntitled);
    }

    private static async Task<AgendaItemResult> RunWithGrains(SchedulerKind scheduler, RunKey run)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CouncilGrain).Assembly);
        return await host.RunAsync(async grains =>
        {
            await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            return await grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation)
                .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay), run);
        });
    }
}
