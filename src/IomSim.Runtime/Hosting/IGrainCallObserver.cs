namespace IomSim.Runtime.Hosting;

/// <summary>
/// Sees every grain call as its first turn starts, for call traces and tests. Called on the turn's thread:
/// keep it short, and thread-safe on the concurrent scheduler.
/// </summary>
public interface IGrainCallObserver
{
    /// <summary>A call is about to run.</summary>
    void OnCallStarting(GrainCallInfo grainCall);
}
