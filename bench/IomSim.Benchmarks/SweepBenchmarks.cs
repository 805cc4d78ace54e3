using BenchmarkDotNet.Attributes;

namespace IomSim.Benchmarks;

/// <summary>
/// A sweep's cost in runs and in members: synthetic Councils of 175, 1,750 and 17,500 members deciding one item
/// (consensus round, formal vote, tally), a fresh runtime per run, runs spread over both cores as the engine spreads
/// them. The mean is per sweep; divide by <see cref="Runs"/> for a run, and by members too for a member's share.
/// Linear means the time per member-run stays flat across the table.
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
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
    }

    [Benchmark(Baseline = true)]
    public int DirectSweep() => Sweep(run => _council.RunDirect(run).Votes.Count);

    [Benchmark]
    public int GrainSweep() => Sweep(run => _council.RunThroughGrains(run).Votes.Count);

    private int Sweep(Func<int, int> play)
    {
        var votes = 0;
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, run => Interlocked.Add(ref votes, play(run)));
        return votes;
    }
}
