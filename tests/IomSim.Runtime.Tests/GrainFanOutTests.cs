using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class GrainFanOutTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Answers_come_back_in_the_order_of_the_grains_whenever_each_finished(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        var answers = await host.RunAsync(async grains =>
        {
            var members = Members(grains, "m", 30);
            return await GrainFanOut.AskAll(members, (grain, i) => i % 3 == 0 ? grain.TwiceAfterYield(i) : grain.Twice(i));
        });

        Assert.Equal(Enumerable.Range(0, 30).Select(i => 2 * i), answers);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task The_first_failure_in_list_order_is_thrown_and_every_grain_was_asked(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        var (error, remembered) = await host.RunAsync(async grains =>
        {
            var members = Members(grains, "f", 5);
            var error = await Assert.ThrowsAsync<ArgumentException>(async () => await GrainFanOut.AskAll(members, async (grain, i) =>
            {
                await grain.Remember($"asked {i}");
                return i is 1 or 3 ? await grain.FailValueAfterYield($"failed {i}") : await grain.Twice(i);
            }));

            // The calls after the failing one were sent too: each grain remembers being asked.
            var remembered = new List<string>();
            foreach (var member in members)
            {
                remembered.Add(await member.Recall());
            }

            return (error, remembered);
        });

        Assert.StartsWith("failed 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"asked {i}"), remembered);
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task One_array_takes_the_answers_of_one_fan_out_after_another(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(FaultyGrain).Assembly);
        var (first, second) = await host.RunAsync(async grains =>
        {
            var members = Members(grains, "r", 12);
            var answers = new int[members.Length];
            await GrainFanOut.AskAll(members, (grain, i) => i % 4 == 0 ? grain.TwiceAfterYield(i) : grain.Twice(i), answers);
            var first = answers.ToArray();
            await GrainFanOut.AskAll(members, (grain, i) => i % 4 == 1 ? grain.TwiceAfterYield(100 + i) : grain.Twice(100 + i), answers);
            return (first, answers);
        });

        Assert.Equal(Enumerable.Range(0, 12).Select(i => 2 * i), first);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => 2 * (100 + i)), second);
    }

    [Fact]
    public async Task A_question_that_throws_as_it_is_asked_fails_the_task_rather_than_throwing_at_once()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(FaultyGrain).Assembly);
        var error = await host.RunAsync(async grains =>
        {
            var members = Members(grains, "t", 3);
            var fanOut = GrainFanOut.AskAll<IFaultyGrain, int>(members, (grain, i) => i == 1 ? throw new InvalidOperationException("not asked") : grain.Twice(i), new int[3]).AsTask();
            Assert.True(fanOut.IsFaulted);
            return await Assert.ThrowsAsync<InvalidOperationException>(async () => await fanOut);
        });

        Assert.Equal("not asked", error.Message);
    }

    [Fact]
    public void An_array_of_another_length_than_the_grains_is_refused()
    {
        // Refused as it is called, like a null argument: a mistake of the caller's, not an answer that failed.
        var error = Assert.Throws<ArgumentException>(() =>
        {
            _ = GrainFanOut.AskAll<string, int>(["a", "b"], (_, i) => ValueTask.FromResult(i), new int[3]).AsTask();
        });
        Assert.Equal("answers", error.ParamName);
    }

    // The grains asked: count of them, keyed prefix0, prefix1, ...
    private static IFaultyGrain[] Members(IGrainFactory grains, string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => grains.GetGrain<IFaultyGrain>($"{prefix}{i}"))];
}
