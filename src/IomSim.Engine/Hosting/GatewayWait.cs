using Orleans.Runtime.Messaging;

namespace IomSim.Engine.Hosting;

/// <summary>
/// How long a cluster client keeps trying to reach a silo before it says that none answers. Orleans' default tries
/// 15 times, waiting 1.5 s longer each time, so a client whose Redis was up but whose cluster had no silo (or only
/// silos killed without leaving, still listed) waited 3 min 7 s (measured) for the error. A silo that has joined is
/// listed in Redis at once, so a few seconds are enough to tell; only Orleans' "no gateway" and "cannot connect"
/// failures are tried again.
/// </summary>
/// <param name="patience">How long, from the first attempt, attempts go on.</param>
/// <param name="time">The clock.</param>
internal sealed class GatewayWait(TimeSpan patience, TimeProvider time) : IClientConnectionRetryFilter
{
    /// <summary>The pause between attempts.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private readonly long _started = time.GetTimestamp();

    /// <inheritdoc/>
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested
            || exception is not (OrleansMessageRejectionException or ConnectionFailedException)
            || time.GetElapsedTime(_started) + Pause > patience)
        {
            return false;
        }

        await Task.Delay(Pause, time, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
