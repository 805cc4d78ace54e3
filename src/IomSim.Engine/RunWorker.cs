using System.Collections.Concurrent;
using IomSim.Engine.Hosting;
using IomSim.Grains;

namespace IomSim.Engine;

/// <summary>
/// A lane: where one worker plays batches of runs, one after another, on grains of its own (a Council, an
/// Administration, the member states, contributors and projects, keyed by the lane). Lanes are handed back when a
/// worker is done and reused by the next, so their grains are activated once per process, not once per play; any
/// scenario's runs may use a lane, one batch at a time.
/// </summary>
public sealed class RunWorker : IDisposable
{
    // Lanes are numbered per process; the process id keeps programs that share a cluster on lanes of their own.
    private static readonly string s_host = $"p{Environment.ProcessId}";
    private static readonly ConcurrentBag<int> s_free = [];
    private static int s_next = -1;

    private int _lane;

    /// <summary>A lane on the process's embedded silo.</summary>
    public RunWorker()
        : this(EmbeddedSilo.Shared.Grains)
    {
    }

    /// <summary>A lane on the silo or cluster <paramref name="grains"/> reaches.</summary>
    public RunWorker(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        Grains = grains;
        _lane = s_free.TryTake(out var free) ? free : Interlocked.Increment(ref s_next);
    }

    /// <summary>Where the lane's grains are reached.</summary>
    internal IGrainFactory Grains { get; }

    /// <summary>The key of the lane's Council and Administration for <paramref name="body"/>.</summary>
    internal string KeyFor(string body) =>
        _lane >= 0 ? LaneKeys.Lane(s_host, body, _lane) : throw new ObjectDisposedException(nameof(RunWorker));

    /// <summary>
    /// Moves this worker to a lane no one has used, abandoning its own for good: after a silo failed mid-batch, calls of
    /// the failed play may still be running on the old lane's grains (a call that timed out for the caller goes on in
    /// the silo), and a replay on the same grains would share their per-run state with them.
    /// </summary>
    public void MoveToFreshLane()
    {
        ObjectDisposedException.ThrowIf(_lane < 0, this);
        _lane = Interlocked.Increment(ref s_next);
    }

    /// <summary>Hands the lane back for another worker.</summary>
    public void Dispose()
    {
        var lane = Interlocked.Exchange(ref _lane, -1);
        if (lane >= 0)
        {
            s_free.Add(lane);
        }
    }
}
