using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class ActivationTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_grain_is_activated_by_its_first_call_not_by_its_reference(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly);
        var entry = await host.RunAsync(async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>("first-call");
            Assert.Equal(0, host.Runtime.ActivationCount);
            await journal.Append("hello");
            await journal.Append("again");
            return await journal.Read();
        });

        Assert.Equal(1, host.Runtime.ActivationCount);
        Assert.Equal(1, entry.Activations);
        Assert.Equal(["hello", "again"], entry.Lines);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_stored_reference_reactivates_the_grain_after_idle_deactivation(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly);
        var journal = await host.RunAsync(async grains =>
        {
            var reference = grains.GetGrain<IJournalGrain>("idle");
            await reference.Append("before");
            return reference;
        });

        // Not idle long enough: nothing happens.
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.RunAsync(_ => host.Runtime.DeactivateIdleAsync());
        Assert.Equal(1, host.Runtime.ActivationCount);

        host.Clock.Advance(TimeSpan.FromMinutes(6));
        await host.RunAsync(_ => host.Runtime.DeactivateIdleAsync());
        Assert.Equal(0, host.Runtime.ActivationCount);

        var entry = await host.RunAsync(async _ =>
        {
            await journal.Append("after");
            return await journal.Read();
        });
        Assert.Equal(2, entry.Activations);
        Assert.Equal(["before", "deactivated: ActivationIdle", "after"], entry.Lines);
    }

    [Fact]
    public async Task The_concurrent_scheduler_collects_idle_activations_on_its_own_timer()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Concurrent, typeof(JournalGrain).Assembly);
        var journal = host.Runtime.GetGrain<IJournalGrain>("timer");
        await journal.Append("x");
        Assert.Equal(1, host.Runtime.ActivationCount);

        host.Clock.Advance(TimeSpan.FromMinutes(12));
        await WaitUntil(() => host.Runtime.ActivationCount == 0);

        Assert.Equal(2, (await journal.Read()).Activations);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_grain_can_ask_to_be_deactivated_and_the_next_call_gets_a_fresh_activation(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly);
        var entry = await host.RunAsync(async grains =>
        {
            var journal = grains.GetGrain<IJournalGrain>("retire");
            await journal.Retire();
            return await journal.Read();
        });

        Assert.Equal(2, entry.Activations);
        Assert.Equal(["deactivated: ApplicationRequested"], entry.Lines);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Disposing_the_runtime_deactivates_every_grain(SchedulerKind scheduler)
    {
        var storage = new Storage.MemoryGrainStorage();
        var host = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddGrainStorage("Default", () => storage));
        await host.RunAsync(grains => grains.GetGrain<IJournalGrain>("shutdown").Append("x"));
        await host.DisposeAsync();

        await using var next = TestGrainHost.Start(scheduler, typeof(JournalGrain).Assembly, o => o.AddGrainStorage("Default", () => storage));
        var entry = await next.RunAsync(grains => grains.GetGrain<IJournalGrain>("shutdown").Read());
        Assert.Equal(["x", "deactivated: RuntimeShutdown"], entry.Lines);
    }

    [Fact]
    public void Grain_types_default_to_the_class_name_in_kebab_case_without_the_grain_suffix()
    {
        Assert.Equal("member-state", Activation.GrainClass.DefaultGrainType("MemberStateGrain"));
        Assert.Equal("council", Activation.GrainClass.DefaultGrainType("Council"));
        Assert.Equal("iom-council", Activation.GrainClass.DefaultGrainType("IOMCouncilGrain"));
        Assert.Equal("grain", Activation.GrainClass.DefaultGrainType("Grain"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition did not become true within 5 s");
    }
}
