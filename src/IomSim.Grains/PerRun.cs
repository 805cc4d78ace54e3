namespace IomSim.Grains;

/// <summary>
/// What a grain keeps for each run of the batch in hand (a register, a year's money, a project's account). A grain
/// plays one batch at a time, so the first call for another batch starts every run afresh: per-run state never outlives
/// its batch, and a lane's grains stay active from one batch to the next.
/// </summary>
/// <typeparam name="T">What is kept per run.</typeparam>
internal sealed class PerRun<T>(Func<T> fresh)
{
    private RunBatch? _batch;
    private T[] _values = [];

    /// <summary>What is kept for <paramref name="run"/>.</summary>
    public T this[RunKey run]
    {
        get => For(run.Batch)[run.Index];
        set => For(run.Batch)[run.Index] = value;
    }

    /// <summary>What is kept for every run of <paramref name="batch"/>, by place in the batch.</summary>
    public T[] For(RunBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!ReferenceEquals(_batch, batch) && !Equals(_batch, batch))
        {
            var values = new T[batch.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = fresh();
            }

            (_batch, _values) = (batch, values);
        }

        return _values;
    }
}
