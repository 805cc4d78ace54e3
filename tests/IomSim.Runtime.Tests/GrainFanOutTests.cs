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
            var members = Enumerable.Range(0, 30).Select(i => grains.GetGrain<IFaultyGrain>($"m{i}")).ToArray();
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
            var members = Enumerable.Range(0, 5).Select(i => grains.GetGrain<IFaultyGrain>($"f{i}")).ToArray();
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
}
