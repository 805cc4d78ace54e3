using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class TurnTests
{
    private const int Calls = 1_000;

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_grain_runs_one_call_at_a_time_so_a_counter_that_awaits_mid_update_loses_nothing(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(CounterGrain).Assembly);
        var final = await host.RunAsync(async grains =>
        {
            var counter = grains.GetGrain<ICounterGrain>("exact");
            var results = await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => counter.Add(1)));

            // Every call saw a different count: none overlapped another.
            Assert.Equal(Enumerable.Range(1, Calls), results.Order());
            return await counter.Current();
        });

        Assert.Equal(Calls, final);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task The_same_counter_marked_reentrant_interleaves_and_loses_updates(SchedulerKind scheduler)
    {
        // The control for the test above: it shows the counter really does break when calls interleave.
        await using var host = TestGrainHost.Start(scheduler, typeof(CounterGrain).Assembly);
        var final = await host.RunAsync(async grains =>
        {
            var counter = grains.GetGrain<IInterleavingCounterGrain>("lossy");
            await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => counter.Add(1)));
            return await counter.Current();
        });

        Assert.InRange(final, 1, Calls - 1);
    }

    [Fact]
    public async Task Calls_to_different_grains_run_in_parallel_on_the_concurrent_scheduler()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Concurrent, typeof(ProbeGrain).Assembly);

        // Each call blocks its thread at a two-party barrier: both pass only if they run at the same time.
        var met = await Task.WhenAll(
            host.Runtime.GetGrain<IProbeGrain>("left").MeetAtBarrier(2),
            host.Runtime.GetGrain<IProbeGrain>("right").MeetAtBarrier(2));

        Assert.All(met, Assert.True);
    }
}
