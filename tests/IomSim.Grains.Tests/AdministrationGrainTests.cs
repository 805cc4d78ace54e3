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
}
