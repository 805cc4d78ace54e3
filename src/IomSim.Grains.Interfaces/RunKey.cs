namespace IomSim.Grains;

/// <summary>
/// One run of a batch: with the state and the motion, the seed and the run's index key every random draw; the batch
/// tells a grain which per-run state the run's answer belongs to.
/// </summary>
/// <param name="Batch">The batch the run is played in.</param>
/// <param name="Run">The run's index, from 0 (not its place in the batch).</param>
[GenerateSerializer, Immutable, Alias("iomsim.RunKey")]
public readonly record struct RunKey([property: Id(0)] RunBatch Batch, [property: Id(1)] int Run)
{
    /// <summary>The scenario's seed.</summary>
    public ulong Seed => Batch.Seed;

    /// <summary>The run's place in its batch.</summary>
    public int Index => Run - Batch.First;
}
