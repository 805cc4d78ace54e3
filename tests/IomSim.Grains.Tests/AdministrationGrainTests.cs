using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class AdministrationGrainTests(GrainCluster cluster)
{
    private static readonly StateCode s_russia = StateCode.Parse("RUS");
    private static readonly StateCode s_china = StateCode.Parse("CHN");
    private static readonly ImmutableSortedDictionary<StateCode, DateOnly> s_chinaOnly =
        ImmutableSortedDictionary<StateCode, DateOnly>.Empty.Add(s_china, new DateOnly(2016, 6, 30));

    [Fact]
    public async Task Admission_takes_effect_only_when_the_applicant_accepts_the_Constitution()
    {
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(GrainCluster.NewLane());
        var run = GrainCluster.Run(2020, 0);
        await administration.Register(s_chinaOnly, run.Batch);
        await administration.RecordApproval(s_russia, new DateOnly(2020, 11, 24), run.Batch, [run.Index]);
        var approvedOnly = await administration.MembersOn(new DateOnly(2020, 11, 25), run);
        var accepted = await administration.RecordAcceptance(s_russia, new DateOnly(2021, 4, 19), run.Batch);

        Assert.Equal([true], accepted.ToArray());
        Assert.Equal([s_china], approvedOnly.ToArray());
        Assert.Equal([s_china, s_russia], (await administration.MembersOn(new DateOnly(2021, 4, 19), run)).ToArray());
        Assert.Equal([s_china], (await administration.MembersOn(new DateOnly(2021, 4, 18), run)).ToArray());
    }

    [Fact]
    public async Task Accepting_without_an_approved_application_admits_no_one_in_that_run()
    {
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(GrainCluster.NewLane());
        var run = GrainCluster.Run(2020, 0);
        await administration.Register(s_chinaOnly, run.Batch);

        var accepted = await administration.RecordAcceptance(s_russia, new DateOnly(2021, 4, 19), run.Batch);

        Assert.Equal([false], accepted.ToArray());
        Assert.Equal([s_china], (await administration.MembersOn(new DateOnly(2021, 4, 19), run)).ToArray());
    }

    [Fact]
    public async Task Accepting_before_the_approval_is_refused()
    {
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(GrainCluster.NewLane());
        var run = GrainCluster.Run(2020, 0);
        await administration.RecordApproval(s_russia, new DateOnly(2020, 11, 24), run.Batch, [run.Index]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => administration.RecordAcceptance(s_russia, new DateOnly(2020, 11, 1), run.Batch));

        Assert.Contains("before its approval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_run_of_a_batch_keeps_its_own_register()
    {
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(GrainCluster.NewLane());
        var batch = GrainCluster.Batch(2020, 10, 3);
        var day = new DateOnly(2021, 4, 19);
        await administration.Register(s_chinaOnly, batch);

        // Only the last run approves and admits Russia; the first two, whose registers agree, share one seating.
        await administration.RecordApproval(s_russia, new DateOnly(2020, 11, 24), batch, [2]);
        var accepted = await administration.RecordAcceptance(s_russia, day, batch);
        var seatings = (await administration.SeatingOn(day, batch)).ByRun;

        Assert.Equal([false, false, true], accepted.ToArray());
        Assert.Equal([s_china], seatings[0].Members.ToArray());
        Assert.Same(seatings[0], seatings[1]);
        Assert.Equal([s_china, s_russia], seatings[2].Members.ToArray());
    }

    [Fact]
    public async Task A_batch_of_another_play_starts_every_run_afresh_even_with_the_same_seed_and_runs()
    {
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(GrainCluster.NewLane());
        var day = new DateOnly(2022, 1, 1);
        var both = s_chinaOnly.Add(s_russia, new DateOnly(2021, 4, 19));
        var first = GrainCluster.Batch(5, 0, 2);
        await administration.Register(both, first);
        await administration.RecordArrears(s_russia, new ArrearsStanding(5m, 4m, new DateOnly(2020, 1, 1), false), first);
        var inFirst = await administration.NotEntitledOn(day, first[1]);

        var next = GrainCluster.Batch(5, 0, 2);
        await administration.Register(s_chinaOnly, next);

        Assert.Equal([s_russia], inFirst.ToArray());
        Assert.Equal([s_china], (await administration.MembersOn(day, next[1])).ToArray());
        Assert.Empty(await administration.NotEntitledOn(day, next[1]));
    }

    [Fact]
    public async Task Who_sits_and_who_may_vote_follow_the_register_through_changes()
    {
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(GrainCluster.NewLane());
        var day = new DateOnly(2022, 1, 1);
        var both = s_chinaOnly.Add(s_russia, new DateOnly(2021, 4, 19));

        // Who sits, then who may not vote.
        async Task<string> Ask(RunKey run) =>
            $"{string.Join(',', await administration.MembersOn(day, run))} | {string.Join(',', (await administration.NotEntitledOn(day, run)).Order())}";

        var one = GrainCluster.Run(1, 0);
        await administration.Register(both, one.Batch);
        var registered = await Ask(one);
        await administration.RecordArrears(s_russia, new ArrearsStanding(5m, 4m, new DateOnly(2020, 1, 1), false), one.Batch);
        var inArrears = await Ask(one);
        var two = GrainCluster.Run(1, 0);
        await administration.Register(s_chinaOnly, two.Batch);
        var fewer = await Ask(two);
        var three = GrainCluster.Run(1, 0);
        await administration.Register(both, three.Batch);

        Assert.Equal("CHN,RUS | ", registered);
        Assert.Equal("CHN,RUS | RUS", inArrears);
        Assert.Equal("CHN | ", fewer);
        Assert.Equal("CHN,RUS | ", await Ask(three));
    }
}
