using System.Collections.Immutable;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

public sealed class DeterminismTests
{
    private static readonly ImmutableArray<string> s_voters = [.. Enumerable.Range(1, 175).Select(i => $"state-{i:D3}")];

    [Fact]
    public async Task The_deterministic_scheduler_gives_the_same_call_trace_100_times()
    {
        var (firstTrace, firstResult) = await RunSessions(SchedulerKind.Deterministic);
        Assert.True(firstTrace.Count > 3 * 2 * s_voters.Length, "the program should make a few thousand calls");

        for (var run = 1; run < 100; run++)
        {
            var (trace, result) = await RunSessions(SchedulerKind.Deterministic);
            Assert.Equal(firstTrace, trace);
            Assert.Equal(firstResult, result);
        }
    }

    [Fact]
    public async Task The_concurrent_scheduler_gives_the_same_results_as_the_deterministic_one()
    {
        var (deterministicTrace, deterministic) = await RunSessions(SchedulerKind.Deterministic);
        for (var run = 0; run < 5; run++)
        {
            var (concurrentTrace, concurrent) = await RunSessions(SchedulerKind.Concurrent);
            Assert.Equal(deterministic, concurrent);
            Assert.Equal(deterministicTrace.Order(StringComparer.Ordinal), concurrentTrace.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Deterministic_runs_of_one_program_can_go_in_parallel_one_per_core()
    {
        var (_, expected) = await RunSessions(SchedulerKind.Deterministic);
        var results = new string[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            results[i] = RunSessions(SchedulerKind.Deterministic).GetAwaiter().GetResult().Result);

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public async Task A_grain_awaiting_a_real_timer_on_the_deterministic_scheduler_fails_the_run_clearly()
    {
        await using var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(ProbeGrain).Assembly);
        var error = await Assert.ThrowsAsync<DeterminismViolationException>(() =>
            host.RunAsync(grains => grains.GetGrain<IProbeGrain>("sleepy").WaitOnTimer()));

        Assert.Contains("outside the runtime", error.Message, StringComparison.Ordinal);
        Assert.Contains("probe/sleepy is running WaitOnTimer", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Three rounds of a 175-member poll plus some counter traffic; returns the call trace and a digest of the results.</summary>
    private static async Task<(List<string> Trace, string Result)> RunSessions(SchedulerKind scheduler)
    {
        await using var host = TestGrainHost.Start(scheduler, typeof(PollGrain).Assembly);
        var result = await host.RunAsync(async grains =>
        {
            var digest = new List<string>();
            for (var round = 1; round <= 3; round++)
            {
                var poll = await grains.GetGrain<IPollGrain>("council").Run(s_voters, round);
                digest.Add($"{poll.InFavour}/{poll.Against}:{string.Join(",", poll.Votes.Where(v => !v.Value).Select(v => v.Key))}");
            }

            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => grains.GetGrain<ICounterGrain>($"c{i % 4}").Add(i)));
            var counters = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => grains.GetGrain<ICounterGrain>($"c{i}").Current()));
            digest.Add(string.Join(",", counters));
            return string.Join(" | ", digest);
        });
        return ([.. host.Trace.Calls.Select(c => c.ToString())], result);
    }
}
