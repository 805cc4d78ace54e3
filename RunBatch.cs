namespace IomSim.Grains;

/// <summary>
/// Consecutive runs played together: the Council asks each member once per item for all of them, and every grain
/// keeps what differs between runs (votes, arrears, money) per run of the batch. A run's draws are keyed by its own
/// index, so how runs are batched changes no result.
/// </summary>
/// <param name="Seed">The scenario's seed.</param>
/// <param name="First">The first run's index, from 0.</param>
/// <param name="Count">How many runs (at least 1).</param>
[GenerateSerializer, Immutable, Alias("iomsim.RunBatch")]
public sealed record RunBatch([property: Id(0)] ulong Seed, [property: Id(1)] int First, [property: Id(2)] int Count)
{
    /// <summary>The run at <paramref name="index"/> in the batch.</summary>
    public RunKey this[int index] =>
        (uint)index < (uint)Count ? new RunKey(this, First + index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A batch of the one run <paramref name="run"/>.</summary>
    public static RunKey Single(ulong seed, int run) => new RunBatch(seed, run, 1)[0];
}
