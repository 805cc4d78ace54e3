namespace IomSim.Grains;

/// <summary>
/// Consecutive runs played together: the Council asks each member once per item for all of them, and every grain
/// keeps what differs between runs (votes, arrears, money) per run of the batch. A run's draws are keyed by its own
/// index, so how runs are batched changes no result.
/// </summary>
/// <param name="Play">
/// Which play of a scenario the batch belongs to, unique among the plays that may use the same lane: a grain starts
/// every run afresh when a batch of another play (or other runs) arrives, even one with the same seed and runs.
/// </param>
/// <param name="Seed">The scenario's seed.</param>
/// <param name="First">The first run's index, from 0.</param>
/// <param name="Count">How many runs (at least 1).</param>
[GenerateSerializer, Immutable, Alias("iomsim.RunBatch")]
public sealed record RunBatch([property: Id(0)] string Play, [property: Id(1)] ulong Seed, [property: Id(2)] int First, [property: Id(3)] int Count)
{
    /// <summary>The run at <paramref name="index"/> in the batch.</summary>
    public RunKey this[int index] =>
        (uint)index < (uint)Count ? new RunKey(this, First + index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A batch of the one run <paramref name="run"/> of play <paramref name="play"/>.</summary>
    public static RunKey OneRun(string play, ulong seed, int run) => new RunBatch(play, seed, run, 1)[0];
}
