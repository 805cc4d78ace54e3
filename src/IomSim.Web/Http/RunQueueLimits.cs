namespace IomSim.Web.Http;

/// <summary>How many run requests may play and wait at once, per client and in all.</summary>
/// <param name="RunningPerClient">Requests of one client playing at once.</param>
/// <param name="WaitingPerClient">Requests of one client waiting beyond those; more are refused with 429.</param>
/// <param name="Running">Requests playing at once on the server (the engine plays one at a time anyway).</param>
/// <param name="Waiting">Requests waiting on the server beyond those; more are refused with 429.</param>
public sealed record RunQueueLimits(int RunningPerClient, int WaitingPerClient, int Running, int Waiting)
{
    /// <summary>A class on one machine: one playing and two waiting per client, one playing and eight waiting in all.</summary>
    public static RunQueueLimits Default { get; } = new(1, 2, 1, 8);
}
