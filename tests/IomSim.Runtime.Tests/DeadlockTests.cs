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

        // Whichever waiting call was queued first times out first; failing it frees its grain, so the other call may
        // then go through. Under load either order happens: at least one call fails with the clear error, none hangs.
        Assert.True(both.IsCompleted, "the deadlocked calls still hang after the response timeout");
        var errors = new[] { x, y }.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).ToArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.IsType<TimeoutException>(error);
            Assert.Matches(@"probe/(x|y)\.MeetThenCall -> probe/(x|y)\.Echo waited more than 30 s for probe/(x|y), which is busy with probe/(x|y)\.MeetThenCall", error.Message);
        });

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
