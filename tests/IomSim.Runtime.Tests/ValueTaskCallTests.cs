using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

/// <summary>
/// Grain methods that return <see cref="ValueTask{TResult}"/>: on the deterministic scheduler a call that finishes in place
/// hands its result back without a task, one that finishes later through its task; either way the caller sees the
/// same results and errors as with <see cref="Task{TResult}"/>.
/// </summary>
public sealed class ValueTaskCallTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Results_arrive_whether_the_call_finished_in_place_or_later(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        var results = await host.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IFaultyGrain>("value");
            var inPlace = grain.Twice(21);
            var later = grain.TwiceAfterYield(50);
            return (await inPlace, await later, await grain.Twice(1));
        });

        Assert.Equal((42, 100, 2), results);
    }

    [Fact]
    public async Task A_call_that_finished_in_place_is_complete_when_it_returns_on_the_deterministic_scheduler()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(FaultyGrain).Assembly);
        var (completed, value) = await host.RunAsync(async grains =>
        {
            // Once active and idle, the grain runs the call's first (and only) turn on the caller's stack.
            var grain = grains.GetGrain<IFaultyGrain>("in-place");
            await grain.Touch();
            var call = grain.Twice(4);
            var completed = call.IsCompletedSuccessfully;
            return (completed, await call);
        });

        Assert.True(completed);
        Assert.Equal(8, value);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Errors_reach_the_caller_whether_thrown_in_place_or_after_an_await(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        await host.RunAsync(async grains =>
        {
            var grain = grains.GetGrain<IFaultyGrain>("value-errors");
            var inPlace = await Assert.ThrowsAsync<InvalidOperationException>(async () => await grain.FailValue("at once"));
            Assert.Equal("at once", inPlace.Message);

            var later = await Assert.ThrowsAsync<ArgumentException>(async () => await grain.FailValueAfterYield("after a yield"));
            Assert.StartsWith("after a yield", later.Message, StringComparison.Ordinal);

            // The grain is still usable, and a result taken after an error is the right one.
            Assert.Equal(6, await grain.Twice(3));
        });
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Many_calls_in_flight_each_get_their_own_result(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        var sums = await host.RunAsync(async grains =>
        {
            var calls = Enumerable.Range(0, 200)
                .Select(i => i % 2 == 0 ? grains.GetGrain<IFaultyGrain>($"g{i % 7}").Twice(i) : grains.GetGrain<IFaultyGrain>($"g{i % 7}").TwiceAfterYield(i))
                .ToArray();
            var total = 0;
            foreach (var call in calls)
            {
                total += await call;
            }

            return total;
        });

        Assert.Equal(2 * Enumerable.Range(0, 200).Sum(), sums);
    }
}
