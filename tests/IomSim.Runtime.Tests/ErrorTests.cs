using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class ErrorTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task An_exception_reaches_the_caller_with_its_type_and_message_and_the_grain_stays_usable(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        await host.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IFaultyGrain>("faulty");
            await grain.Remember("kept");

            var sync = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.FailSynchronously("thrown before any await"));
            Assert.Equal("thrown before any await", sync.Message);

            var async = await Assert.ThrowsAsync<ArgumentException>(() => grain.FailAfterAwait("thrown after an await"));
            Assert.StartsWith("thrown after an await", async.Message, StringComparison.Ordinal);

            Assert.Equal("kept", await grain.Recall());
            Assert.Equal(42, await grain.Twice(21));
            await grain.Touch();
        });

        Assert.Equal(1, host.Runtime.ActivationCount);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_grain_interface_without_a_registered_class_fails_with_a_clear_error(SchedulerKind scheduler)
    {
        await using var bare = new Hosting.GrainRuntime(new Hosting.GrainRuntimeOptions { Scheduler = scheduler }.AddGrain<CounterGrain>());

        var error = Assert.Throws<UnknownGrainInterfaceException>(() => bare.GetGrain<IFaultyGrain>("x"));
        Assert.Contains(typeof(IFaultyGrain).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("ICounterGrain", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_activates_afresh(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(BrokenGrain).Assembly);
        var key = $"broken-{scheduler}";
        await host.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IBrokenGrain>(key);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Anything());
            Assert.Equal("activation failed on purpose", error.Message);
        });
        Assert.Equal(0, host.Runtime.ActivationCount);

        var answer = await host.RunAsync(grains => grains.GetGrain<IBrokenGrain>(key).Anything());
        Assert.Equal(42, answer);
        Assert.Equal(2, BrokenGrain.AttemptsFor(key));
    }

    [Fact]
    public async Task Grains_on_the_deterministic_scheduler_cannot_be_called_from_outside_RunAsync()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(FaultyGrain).Assembly);
        var grain = host.Runtime.GetGrain<IFaultyGrain>("outside");

        var error = Assert.Throws<InvalidOperationException>(() => { _ = grain.Recall(); });
        Assert.Contains("RunAsync", error.Message, StringComparison.Ordinal);
    }
}
