using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class CouncilGrainTests(GrainCluster cluster)
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task The_Council_grain_reaches_the_same_votes_state_by_state_as_the_direct_procedure(int batchSize)
    {
        for (var first = 0; first < 5; first += batchSize)
        {
            var decided = await Decide(GrainCluster.Batch(2020, first, batchSize));
            for (var p = 0; p < batchSize; p++)
            {
                var direct = AgendaItemProcedure.Run(SyntheticCouncil.Admission, SyntheticCouncil.Roster, DecisionModel.Default, 2020, first + p);
                var grain = decided[p];
                Assert.Equal(direct.Outcome, grain.Outcome);
                Assert.Equal(direct.Tally, grain.Tally);
                Assert.Equal(direct.Votes, grain.Votes);
                Assert.Equal(direct.Reasons, grain.Reasons);
                Assert.Equal(direct.RequestedVote.ToArray(), grain.RequestedVote.ToArray());
            }
        }
    }

    [Fact]
    public async Task One_Council_deciding_batch_after_batch_gives_every_run_the_direct_procedures_result_and_leaves_earlier_results_as_they_were()
    {
        var lane = GrainCluster.NewLane();
        var council = cluster.Grains.GetGrain<ICouncilGrain>(lane);
        var results = new List<AgendaItemResult>();
        for (var run = 0; run < 6; run++)
        {
            var batch = GrainCluster.Batch(2020, run, 1);
            var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, batch, DecisionParameters.Default);
            results.Add((await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), batch)).ByRun[0]);
        }

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
        var result = (await Decide(GrainCluster.Batch(2020, 0, 1)))[0];

        Assert.Contains(SyntheticCouncil.Hostile, result.RequestedVote);
        Assert.Equal(ItemOutcome.AdoptedByVote, result.Outcome);
        Assert.Equal(Vote.No, result.Votes[SyntheticCouncil.Hostile]);
        Assert.Equal(60, result.Tally!.Value.Members);
    }

    [Fact]
    public async Task The_same_runs_give_the_same_votes_one_at_a_time_in_parallel_or_in_one_batch()
    {
        var sequential = new AgendaItemResult[8];
        for (var run = 0; run < sequential.Length; run++)
        {
            sequential[run] = (await Decide(GrainCluster.Batch(7, run, 1)))[0];
        }

        var parallel = await Task.WhenAll(Enumerable.Range(0, 8).Select(async run => (await Decide(GrainCluster.Batch(7, run, 1)))[0]));
        var batched = await Decide(GrainCluster.Batch(7, 0, 8));

        for (var run = 0; run < parallel.Length; run++)
        {
            Assert.Equal(sequential[run].Votes, parallel[run].Votes);
            Assert.Equal(sequential[run].Tally, parallel[run].Tally);
            Assert.Equal(sequential[run].Votes, batched[run].Votes);
            Assert.Equal(sequential[run].Tally, batched[run].Tally);
        }

        // Different runs draw differently: the check above is not comparing constants.
        Assert.True(sequential.Select(r => string.Join(",", r.Votes.Values)).Distinct().Count() > 1);
    }

    [Fact]
    public async Task When_the_members_blocs_change_the_same_Council_takes_their_new_answers_as_the_direct_procedure_does()
    {
        // Three blocs, then two with the hostile member in both and a quarter of the others in two: the Council keeps
        // its bloc layout across items and batches, so it must notice that the members now answer with other blocs.
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
        var lane = GrainCluster.NewLane();
        var batch = GrainCluster.Batch(3, 0, 1);
        var council = cluster.Grains.GetGrain<ICouncilGrain>(lane);
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, batch, parameters);
        var movedBriefs = SessionSetUp.Briefs(moved, SyntheticCouncil.Applicant, parameters);
        var first = (await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), batch)).ByRun[0];
        var second = (await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, movedBriefs), batch)).ByRun[0];
        var again = (await council.Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), batch)).ByRun[0];

        var before = AgendaItemProcedure.Run(SyntheticCouncil.Admission, SyntheticCouncil.Roster, model, 3, 0);
        var after = AgendaItemProcedure.Run(SyntheticCouncil.Admission, moved, model, 3, 0);
        Assert.NotEqual(before.Votes, after.Votes);
        Assert.Equal(before.Votes, first.Votes);
        Assert.Equal(after.Votes, second.Votes);
        Assert.Equal(before.Votes, again.Votes);
    }

    [Fact]
    public async Task A_member_in_arrears_in_one_run_of_a_batch_is_not_entitled_there_and_only_there()
    {
        var lane = GrainCluster.NewLane();
        var batch = GrainCluster.Batch(2020, 0, 2);
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, batch, DecisionParameters.Default);
        var debtor = SyntheticCouncil.Members[0].Code;
        await cluster.Grains.GetGrain<IAdministrationGrain>(lane)
            .RecordArrears(debtor, new ArrearsStanding(100m, 100m, new DateOnly(2019, 1, 1), false), batch);
        var result = (await cluster.Grains.GetGrain<ICouncilGrain>(lane)
            .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), batch)).ByRun;

        Assert.All(result, r => Assert.True(r.Votes[debtor] is Vote.NotEntitled or Vote.Absent));
        Assert.All(result, r => Assert.Equal(r.Votes.Values.Count(v => v == Vote.NotEntitled), r.Tally!.Value.NotEntitled));
    }

    [Fact]
    public async Task A_sitting_member_without_a_brief_cannot_be_asked_and_the_error_says_who()
    {
        var lane = GrainCluster.NewLane();
        var batch = GrainCluster.Batch(2020, 0, 1);
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, batch, DecisionParameters.Default);
        var missing = SyntheticCouncil.Members[1].Code;
        var fewer = StateDictionary.Of(briefs.Where(b => b.Key != missing));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Grains.GetGrain<ICouncilGrain>(lane)
            .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, fewer), batch));

        Assert.Contains($"{missing} sits on", error.Message, StringComparison.Ordinal);
        Assert.Contains("no brief", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_given_another_states_brief_refuses_it()
    {
        var lane = GrainCluster.NewLane();
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, GrainCluster.Batch(2020, 0, 1), DecisionParameters.Default);
        var (first, second) = (SyntheticCouncil.Members[0].Code, SyntheticCouncil.Members[1].Code);
        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await cluster.Grains.GetGrain<IMemberStateGrain>(LaneKeys.Within(lane, first.Value)).Assess(briefs[second], SyntheticCouncil.Admission));

        Assert.Contains("was given the brief of", error.Message, StringComparison.Ordinal);
    }

    private async Task<ImmutableArray<AgendaItemResult>> Decide(RunBatch batch)
    {
        var lane = GrainCluster.NewLane();
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, batch, DecisionParameters.Default);
        return (await cluster.Grains.GetGrain<ICouncilGrain>(lane)
            .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), batch)).ByRun;
    }
}
