using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;

namespace IomSim.Grains.Tests;

public sealed class AdministrationGrainTests
{
    private static readonly StateCode s_russia = StateCode.Parse("RUS");
    private static readonly StateCode s_china = StateCode.Parse("CHN");

    [Fact]
    public async Task Admission_takes_effect_only_when_the_applicant_accepts_the_Constitution()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(AdministrationGrain).Assembly);
        var (approvedOnly, afterAcceptance, dayBefore) = await host.RunAsync(async grains =>
        {
            var administration = grains.GetGrain<IAdministrationGrain>("iom");
            await administration.Register(ImmutableSortedDictionary<StateCode, DateOnly>.Empty.Add(s_china, new DateOnly(2016, 6, 30)));
            await administration.RecordApproval(s_russia, new DateOnly(2020, 11, 24));
            var approvedOnly = await administration.MembersOn(new DateOnly(2020, 11, 25));
            await administration.RecordAcceptance(s_russia, new DateOnly(2021, 4, 19));
            return (approvedOnly, await administration.MembersOn(new DateOnly(2021, 4, 19)), await administration.MembersOn(new DateOnly(2021, 4, 18)));
        });

        Assert.Equal([s_china], approvedOnly.ToArray());
        Assert.Equal([s_china, s_russia], afterAcceptance.ToArray());
        Assert.Equal([s_china], dayBefore.ToArray());
    }

    [Fact]
    public async Task Accepting_without_an_approved_application_is_refused()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(AdministrationGrain).Assembly);
        var error = await host.RunAsync(grains => Assert.ThrowsAsync<InvalidOperationException>(() =>
            grains.GetGrain<IAdministrationGrain>("iom").RecordAcceptance(s_russia, new DateOnly(2021, 4, 19))));

        Assert.Contains("has not approved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_survives_deactivation()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(AdministrationGrain).Assembly);
        var members = await host.RunAsync(async grains =>
        {
            var administration = grains.GetGrain<IAdministrationGrain>("iom");
            await administration.Register(ImmutableSortedDictionary<StateCode, DateOnly>.Empty.Add(s_china, new DateOnly(2016, 6, 30)));
            await administration.RecordArrears(s_china, new ArrearsStanding(5m, 4m, new DateOnly(2020, 1, 1), false));
            await host.Runtime.DeactivateAllAsync();
            return (await administration.MembersOn(new DateOnly(2022, 1, 1)), await administration.NotEntitledOn(new DateOnly(2022, 1, 1)));
        });

        Assert.Equal([s_china], members.Item1.ToArray());
        Assert.Equal([s_china], members.Item2.ToArray());
    }

    [Fact]
    public async Task Who_sits_and_who_may_vote_follow_the_register_through_changes_and_resets()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(AdministrationGrain).Assembly);
        var day = new DateOnly(2022, 1, 1);
        var chinaOnly = ImmutableSortedDictionary<StateCode, DateOnly>.Empty.Add(s_china, new DateOnly(2016, 6, 30));
        var both = chinaOnly.Add(s_russia, new DateOnly(2021, 4, 19));
        var administration = host.Runtime.GetGrain<IAdministrationGrain>("iom");

        // Who sits, then who may not vote.
        async Task<string> Ask() =>
            $"{string.Join(',', await administration.MembersOn(day))} | {string.Join(',', (await administration.NotEntitledOn(day)).Order())}";

        var first = await host.RunAsync(async _ =>
        {
            await administration.Register(both);
            var registered = await Ask();
            await administration.RecordArrears(s_russia, new ArrearsStanding(5m, 4m, new DateOnly(2020, 1, 1), false));
            return (registered, await Ask());
        });
        await host.Runtime.ResetAsync();
        var fewer = await host.RunAsync(async _ =>
        {
            await administration.Register(chinaOnly);
            return await Ask();
        });
        await host.Runtime.ResetAsync();
        var again = await host.RunAsync(async _ =>
        {
            await administration.Register(both);
            return await Ask();
        });

        Assert.Equal("CHN,RUS | ", first.registered);
        Assert.Equal("CHN,RUS | RUS", first.Item2);
        Assert.Equal("CHN | ", fewer);
        Assert.Equal("CHN,RUS | ", again);
    }
}
