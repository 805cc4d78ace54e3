using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
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
    public async Task One_Council_deciding_run_after_run_gives_every_run_the_direct_procedures_result_and_leaves_earlier_results_as_they_were()
    {
        // The Council writes each run's answers over the last run's on one worksheet: a result it handed back must not
        // change when the next run is decided.
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(CouncilGrain).Assembly);
        var results = await host.RunAsync(async grains =>
        {
            var council = grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation);
            var briefs = await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            var item = new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs);
            var results = new List<AgendaItemResult>();
            for (var run = 0; run < 6; run++)
            {
                results.Add(await council.Decide(item, new RunKey(2020, run)));
            }

            return results;
        });

        for (var run = 0; run < results.Count; run++)
        {
            var direct = AgendaItemProcedure.Run(SyntheticCouncil.Admission, SyntheticCouncil.Roster, DecisionModel.Default, 2020, run);
            Assert.Equal(direct.Outcome, results[run].Outcome);
            Assert.Equal(direct.Tally, results[run].Tally);
            Assert.Equal(direct.Votes, results[run].Votes);
            Assert.Equal(direct.Reasons, results[run].Reasons);
            Assert.Equal(direct.Objectors.ToArray(), results[run].Objectors.ToArray());
        }

        Assert.True(results.Select(r => string.Join(",", r.Votes.Values)).Distinct().Count() > 1);
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
    public async Task When_the_members_blocs_change_the_same_Council_takes_their_new_answers_as_the_direct_procedure_does()
    {
        // Three blocs, then two with the hostile member in both and a quarter of the others in two: the Council keeps
        // its bloc layout across items and runs, so it must notice that the members now answer with other blocs.
        var parameters = DecisionParameters.Default with { BlocCohesion = 1.0 };
        var model = new DecisionModel(parameters);
        var moved = SyntheticCouncil.Roster with
        {
            BlocsOf = SyntheticCouncil.Members.ToImmutableDictionary(
                m => m.Code,
                m => m.Code == SyntheticCouncil.Hostile ? ["odd", "even"]
                    : m.Code.Value[2] % 4 == 0 ? ImmutableArray.Create("even", "odd")
                    : ImmutableArray.Create(m.Code.Value[2] % 2 == 0 ? "even" : "odd")),
        };
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(CouncilGrain).Assembly);
        var (first, second, again) = await host.RunAsync(async grains =>
        {
            var council = grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation);
            var briefs = await SyntheticCouncil.SetUp(grains, parameters);
            var movedBriefs = SessionSetUp.Briefs(moved, SyntheticCouncil.Applicant, parameters);
            var first = await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), new RunKey(3, 0));
            var second = await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, movedBriefs), new RunKey(3, 0));
            var again = await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), new RunKey(3, 0));
            return (first, second, again);
        });

        var before = AgendaItemProcedure.Run(SyntheticCouncil.Admission, SyntheticCouncil.Roster, model, 3, 0);
        var after = AgendaItemProcedure.Run(SyntheticCouncil.Admission, moved, model, 3, 0);
        Assert.NotEqual(before.Votes, after.Votes);
        Assert.Equal(before.Votes, first.Votes);
        Assert.Equal(after.Votes, second.Votes);
        Assert.Equal(before.Votes, again.Votes);
    }

    [Fact]
    public async Task A_member_in_arrears_is_listed_as_not_entitled_in_the_tally()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(CouncilGrain).Assembly);
        var result = await host.RunAsync(async grains =>
        {
            var briefs = await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            var debtor = SyntheticCouncil.Members[0].Code;
            await grains.GetGrain<IAdministrationGrain>(SyntheticCouncil.Organisation)
                .RecordArrears(debtor, new ArrearsStanding(100m, 100m, new DateOnly(2019, 1, 1), false));
            return await grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation)
                .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), new RunKey(2020, 0));
        });

        var debtor = SyntheticCouncil.Members[0].Code;
        Assert.True(result.Votes[debtor] is Vote.NotEntitled or Vote.Absent);
        Assert.Equal(result.Votes.Values.Count(v => v == Vote.NotEntitled), result.Tally!.Value.NotEntitled);
    }

    [Fact]
    public async Task A_sitting_member_without_a_brief_cannot_be_asked_and_the_error_says_who()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(CouncilGrain).Assembly);
        var error = await host.RunAsync(async grains =>
        {
            var briefs = await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            var missing = SyntheticCouncil.Members[1].Code;
            var fewer = StateDictionary.Of(briefs.Where(b => b.Key != missing));
            return await Assert.ThrowsAsync<InvalidOperationException>(() => grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation)
                .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, fewer), new RunKey(2020, 0)));
        });

        Assert.Contains($"{SyntheticCouncil.Members[1].Code} sits on", error.Message, StringComparison.Ordinal);
        Assert.Contains("no brief", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_given_another_states_brief_refuses_it()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(CouncilGrain).Assembly);
        var error = await host.RunAsync(async grains =>
        {
            var briefs = await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            var (first, second) = (SyntheticCouncil.Members[0].Code, SyntheticCouncil.Members[1].Code);
            return await Assert.ThrowsAsync<ArgumentException>(async () =>
                await grains.GetGrain<IMemberStateGrain>(first.Value).Assess(briefs[second], SyntheticCouncil.Admission));
        });

        Assert.Contains("was given the brief of", error.Message, StringComparison.Ordinal);
    }

    private static async Task<AgendaItemResult> RunWithGrains(SchedulerKind scheduler, RunKey run)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CouncilGrain).Assembly);
        return await host.RunAsync(async grains =>
        {
            var briefs = await SyntheticCouncil.SetUp(grains, DecisionParameters.Default);
            return await grains.GetGrain<ICouncilGrain>(SyntheticCouncil.Organisation)
                .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), run);
        });
    }
}
