using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using IomSim.Runtime.Hosting;

namespace IomSim.Benchmarks;

/// <summary>
/// A sweep's cost in runs and in members: synthetic Councils of 175, 1,750 and 17,500 members deciding one item
/// (consensus round, formal vote, tally), runs spread over both cores as the engine spreads them. <see cref="GrainSweep"/>
/// plays each run on a worker runtime kept across runs and reset after each, as the engine does, so the members are
/// active already; <see cref="ColdGrainSweep"/> plays each on a fresh runtime, so every member is activated for every
/// run. The mean is per sweep; divide by <see cref="Runs"/> for a run, and by members too for a member's share.
/// Linear means the time per member-run stays flat across the table.
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private const int Workers = 2;

    private readonly ConcurrentBag<GrainRuntime> _workers = [];
    private SyntheticCouncil _council = null!;

    [Params(175, 1_750, 17_500)]
    public int Members { get; set; }

    [Params(2, 8)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _council = new SyntheticCouncil(Members);
        if (_council.RunThroughGrains(0).Tally != _council.RunDirect(0).Tally)
        {
            throw new InvalidOperationException("The grains and the direct loop disagree on run 0.");
        }

        // The engine's workers activate their members on their first run of a sweep; these have played one already.
        // Parallel.For may start a worker before another has handed its runtime back, so a spare pair is kept ready.
        for (var i = 0; i < 2 * Workers; i++)
        {
            var runtime = SyntheticCouncil.NewRuntime();
            if (_council.RunOn(runtime, 0).Tally != _council.RunOn(runtime, 0).Tally)
            {
                throw new InvalidOperationException("A reset runtime played run 0 differently.");
            }

            _workers.Add(runtime);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        while (_workers.TryTake(out var runtime))
        {
            runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true)]
    public int DirectSweep() => Sweep(run => _council.RunDirect(run).Votes.Count);

    [Benchmark]
    public int GrainSweep()
    {
        var votes = 0;
        Parallel.For(
            0,
            Runs,
            new ParallelOptions { MaxDegreeOfParallelism = Workers },
            () => _workers.TryTake(out var runtime) ? runtime : throw new InvalidOperationException("More workers at once than warm runtimes."),
            (run, _, runtime) =>
            {
                Interlocked.Add(ref votes, _council.RunOn(runtime, run).Votes.Count);
                return runtime;
            },
            _workers.Add);
        return votes;
    }

    [Benchmark]
    public int ColdGrainSweep() => Sweep(run => _council.RunThroughGrains(run).Votes.Count);

    private int Sweep(Func<int, int> play)
    {
        var votes = 0;
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = Workers }, run => Interlocked.Add(ref votes, play(run)));
        return votes;
    }
}
