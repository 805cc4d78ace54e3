using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

/// <summary>Two call chains that wait for each other: no single chain holds a cycle, yet nothing can move.</summary>
public sealed class DeadlockTests
{
    [Fact]
    public async Task On_the_concurrent_scheduler_the_waiting_calls_time_out_with_a_clear_error_instead_of_hanging()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Concurrent, typeof(ProbeGrain).Assembly);
        var rendezvous = Guid.NewGuid().ToString("N");
        var x = host.Runtime.GetGrain<IProbeGrain>("x").MeetThenCall("y", rendezvous);
        var y = host.Runtime.GetGrain<IProbeGrain>("y").MeetThenCall("x", rendezvous);

        // Move the clock past the response timeout until the stuck calls are failed (real time is bounded too).
        var both = Task.WhenAll(x, y);
        for (var i = 0; i < 200 && !both.IsCompleted; i++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.WhenAny(both, Task.Delay(50));
        }

        var xError = await Assert.ThrowsAsync<TimeoutException>(() => x);
        var yError = await Assert.ThrowsAsync<TimeoutException>(() => y);
        Assert.Contains("probe/x.MeetThenCall -> probe/y.Echo waited more than 30 s for probe/y, which is busy with probe/y.MeetThenCall", xError.Message, StringComparison.Ordinal);
        Assert.Contains("probe/y.MeetThenCall -> probe/x.Echo waited more than 30 s for probe/x", yError.Message, StringComparison.Ordinal);

        // Both grains are free again.
        Assert.Equal("x heard test", await host.Runtime.GetGrain<IProbeGrain>("x").Echo("test"));
    }

    [Fact]
    public async Task On_the_deterministic_scheduler_the_run_fails_as_stalled_naming_both_waiting_calls()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(ProbeGrain).Assembly);
        var rendezvous = Guid.NewGuid().ToString("N");
        var error = await Assert.ThrowsAsync<DeterminismViolationException>(() => host.RunAsync(grains => Task.WhenAll(
            grains.GetGrain<IProbeGrain>("x").MeetThenCall("y", rendezvous),
            grains.GetGrain<IProbeGrain>("y").MeetThenCall("x", rendezvous))));

        Assert.Contains("deadlocked", error.Message, StringComparison.Ordinal);
        Assert.Contains("probe/x is running MeetThenCall with Echo from probe/y waiting", error.Message, StringComparison.Ordinal);
        Assert.Contains("probe/y is running MeetThenCall with Echo from probe/x waiting", error.Message, StringComparison.Ordinal);
    }
}
