using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class CallCycleTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_call_cycle_fails_at_once_with_an_error_naming_the_chain(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CycleGrain).Assembly);
        var error = await host.RunAsync(grains =>
            Assert.ThrowsAsync<GrainCallCycleException>(() => grains.GetGrain<ICycleGrain>("a").Start("b")))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["cycle/a.Start", "cycle/b.CallBack", "cycle/a.Ping"], error.Chain);
        Assert.Contains("cycle/a.Start -> cycle/b.CallBack -> cycle/a.Ping", error.Message, StringComparison.Ordinal);
        Assert.Contains("[Reentrant]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Both_grains_stay_usable_after_a_cycle_was_refused(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CycleGrain).Assembly);
        var pongs = await host.RunAsync(async grains =>
        {
            await Assert.ThrowsAsync<GrainCallCycleException>(() => grains.GetGrain<ICycleGrain>("a").Start("b"));
            return await Task.WhenAll(grains.GetGrain<ICycleGrain>("a").Ping(), grains.GetGrain<ICycleGrain>("b").Ping());
        });

        Assert.Equal(["pong from a", "pong from b"], pongs);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_grain_calling_itself_is_a_cycle_too(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CycleGrain).Assembly);
        var error = await host.RunAsync(grains =>
            Assert.ThrowsAsync<GrainCallCycleException>(() => grains.GetGrain<ICycleGrain>("self").CallSelf()));

        Assert.Equal(["cycle/self.CallSelf", "cycle/self.Ping"], error.Chain);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_reentrant_grain_class_may_be_called_back(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(ReentrantCycleGrain).Assembly);
        var answer = await host.RunAsync(grains => grains.GetGrain<IReentrantCycleGrain>("a").Start("b"));

        Assert.Equal("pong from a", answer);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task An_always_interleave_method_may_be_called_back(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CycleGrain).Assembly);
        var answer = await host.RunAsync(grains => grains.GetGrain<ICycleGrain>("a").StartInterleaved("b"));

        Assert.Equal("pong from a", answer);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Calls_from_outside_wait_their_turn_and_are_not_mistaken_for_cycles(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CycleGrain).Assembly);
        var answers = await host.RunAsync(grains =>
            Task.WhenAll(Enumerable.Range(0, 50).Select(i => grains.GetGrain<ICycleGrain>($"spoke-{i % 5}").CallBack("hub"))));

        Assert.All(answers, a => Assert.Equal("pong from hub", a));
    }
}
