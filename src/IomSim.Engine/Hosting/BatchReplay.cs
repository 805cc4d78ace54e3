using IomSim.Grains;

namespace IomSim.Engine.Hosting;

/// <summary>
/// Plays a batch again when the silo playing it fails (killed, or leaving the cluster): the cluster's failures are
/// Orleans' exceptions and time-outs; anything else (a bug, bad input) is not replayed. A replayed batch gives the
/// same results, keyed by run, so nothing is lost and nothing is counted twice.
/// </summary>
/// <remarks>
/// A killed silo stays listed, and its grains stay addressed to it, until the other silos have declared it dead
/// (three missed probes of 5 s each, longer on a loaded machine): until then a replay on the same lane fails again at
/// once. So the replays are spread over about two minutes (pauses growing by 0.5 s up to 5 s), not spent in seconds.
/// </remarks>
/// <param name="address">The cluster, for messages.</param>
/// <param name="report">Told of each replay, one line.</param>
public sealed class BatchReplay(ClusterAddress address, Action<string>? report)
{
    /// <summary>How many times a batch is played again before the program gives up.</summary>
    public const int MaxReplays = 30;

    /// <summary>The longest pause before a replay.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    /// <summary>Whether <paramref name="error"/> is the cluster's failure, worth a replay elsewhere.</summary>
    public static bool IsClusterFailure(Exception error) =>
        error is OrleansException or TimeoutException
        || (error is AggregateException { InnerExceptions: var inner } && inner.All(IsClusterFailure));

    /// <summary>
    /// After failure number <paramref name="attempt"/> (a cluster failure) of the runs <paramref name="what"/>: says so,
    /// and pauses so that the cluster can notice a dead silo before they are played again.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">The batch failed on every replay.</exception>
    public async Task BeforeReplayAsync(Exception error, int attempt, string what)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (attempt > MaxReplays)
        {
            throw new ClusterUnavailableException($"iomsim: --cluster {address}: {what} failed {attempt} times, last: {error.Message}", error);
        }

        report?.Invoke($"replayed {what} after a cluster failure ({error.GetType().Name}: {FirstLine(error.Message)})");
        await Task.Delay(PauseBefore(attempt)).ConfigureAwait(false);
    }

    /// <summary>Plays <paramref name="play"/> (the runs <paramref name="what"/>), again after each cluster failure.</summary>
    /// <exception cref="ClusterUnavailableException">It failed on every replay.</exception>
    public T Run<T>(Func<T> play, string what)
    {
        ArgumentNullException.ThrowIfNull(play);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return play();
            }
            catch (Exception error) when (IsClusterFailure(error))
            {
                BeforeReplayAsync(error, attempt, what).GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>The pause after failure number <paramref name="attempt"/>: 0.5 s more each time, at most <see cref="MaxPause"/>.</summary>
    public static TimeSpan PauseBefore(int attempt) => TimeSpan.FromMilliseconds(Math.Min(500.0 * attempt, MaxPause.TotalMilliseconds));

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
