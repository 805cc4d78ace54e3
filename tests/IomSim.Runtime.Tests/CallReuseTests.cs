using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

/// <summary>
/// On the deterministic scheduler, a <see cref="ValueTask{TResult}"/> call that finished in place, held by nothing else,
/// gives its call object back to the reference for that method's next call. Reuse must not show: every call carries
/// its own arguments, work a call left behind still runs on its grain, and call chains stay right.
/// </summary>
public sealed class CallReuseTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Every_call_through_one_reference_carries_its_own_arguments(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(ErrandGrain).Assembly);
        var (sequential, inFlight) = await host.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IErrandGrain>("arguments");
            var answers = new List<int>();
            for (var i = 0; i < 300; i++)
            {
                answers.Add(await grain.Twice(i));
            }

            // Sent before any is awaited: on the deterministic scheduler each finished in place before the next was sent.
            var calls = Enumerable.Range(0, 50).Select(grain.Twice).ToArray();
            var gathered = new List<int>();
            foreach (var call in calls)
            {
                gathered.Add(await call);
            }

            return (answers, gathered);
        });

        Assert.Equal(Enumerable.Range(0, 300).Select(i => i * 2), sequential);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * 2), inFlight);
    }

    [Fact]
    public async Task Once_warm_a_call_that_finished_in_place_allocates_no_call_object()
    {
        // No call observer, as the engine runs: an observer is told of each call, and that costs an allocation.
        await using var runtime = new GrainRuntime(new GrainRuntimeOptions
        {
            Scheduler = SchedulerKind.Deterministic,
            IdleTimeout = Timeout.InfiniteTimeSpan,
        }.AddGrain<ErrandGrain>());
        const int Calls = 1_000;
        var (bytesPerCall, sum) = await runtime.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IErrandGrain>("allocations");
            await grain.Twice(0);
            await grain.Twice(0);
            var sum = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Calls; i++)
            {
                sum += await grain.Twice(i);
            }

            return ((GC.GetAllocatedBytesForCurrentThread() - before) / (double)Calls, sum);
        });

        Assert.Equal(Calls * (Calls - 1), sum);

        // A call object is over 100 bytes; reused, the calls allocate nothing at all.
        Assert.InRange(bytesPerCall, 0, 16);
    }

    [Fact]
    public async Task Work_left_behind_by_a_call_whose_object_was_reused_still_runs_on_its_grain()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(ErrandGrain).Assembly);
        var (started, finishedBefore, errands, after) = await host.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IErrandGrain>("errands");
            var other = grains.GetGrain<IErrandGrain>("other");

            // Each errand's await captured its call, and both calls went through the same reused call object.
            var started = new[] { await grain.StartErrand(1), await grain.StartErrand(2), await other.StartErrand(3) };
            var finishedBefore = await grain.Signal();
            var errands = await grain.Errands();
            return (started, finishedBefore, errands, await grain.Twice(21));
        });

        Assert.Equal([1, 2, 3], started);
        Assert.Equal(0, finishedBefore);
        // Both ran on their own grain, before its next call; .NET picks the order of continuations waiting on one task.
        Assert.Equal(["errands:1", "errands:2"], errands.Order(StringComparer.Ordinal));
        Assert.Equal(42, after);
    }

    [Fact]
    public async Task A_reference_with_a_spare_call_still_refuses_callers_outside_the_deterministic_run()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(ErrandGrain).Assembly);
        var grain = host.Runtime.GetGrain<IErrandGrain>("outsiders");
        var (fromAnotherThread, after) = await host.RunAsync(async _ =>
        {
            await grain.Twice(1);
            await grain.Twice(2);

            // A thread of the pool calls while the run waits for it (blocking, so nothing is posted back to the run).
            var refused = Assert.Throws<AggregateException>(() => Task.Run(async () => await grain.Twice(3)).Wait());
            return (refused.InnerException, await grain.Twice(4));
        });

        Assert.IsType<InvalidOperationException>(fromAnotherThread);
        Assert.Contains("only by the program given to GrainRuntime.RunAsync", fromAnotherThread!.Message, StringComparison.Ordinal);
        Assert.Equal(8, after);

        // Outside any run, on the test's own thread, the spare is not handed out either.
        var outside = await Assert.ThrowsAsync<InvalidOperationException>(async () => await grain.Twice(5));
        Assert.Contains("only by the program given to GrainRuntime.RunAsync", outside.Message, StringComparison.Ordinal);
        Assert.Equal(12, await host.RunAsync(async _ => await grain.Twice(6)));
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task A_cycle_through_kept_references_is_refused_with_its_chain_every_time(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(ErrandGrain).Assembly);
        var (warm, chains, pong) = await host.RunAsync(async grains =>
        {
            var a = grains.GetGrain<IErrandGrain>("a");
            var b = grains.GetGrain<IErrandGrain>("b");

            // b keeps its references to c and to a: their calls finish in place and are reused.
            var warm = new[] { await b.CallBack("c"), await b.CallBack("c"), await b.CallBack("a") };
            var chains = new List<IReadOnlyList<string>>();
            for (var round = 0; round < 2; round++)
            {
                var error = await Assert.ThrowsAsync<GrainCallCycleException>(async () => await a.Start("b"));
                chains.Add(error.Chain);
            }

            return (warm, chains, await a.Ping());
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["pong from c", "pong from c", "pong from a"], warm);
        Assert.All(chains, chain => Assert.Equal(["errand/a.Start", "errand/b.CallBack", "errand/a.Ping"], chain));
        Assert.Equal("pong from a", pong);
    }
}
