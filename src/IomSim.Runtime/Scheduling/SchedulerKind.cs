namespace IomSim.Runtime.Scheduling;

/// <summary>Which scheduler runs a runtime's grain turns. Grain code is the same on both.</summary>
public enum SchedulerKind
{
    /// <summary>Turns run on the thread pool; different grains run in parallel. For interactive and server use.</summary>
    Concurrent,

    /// <summary>
    /// Every turn and continuation runs on the thread that called <c>RunAsync</c>, in an order fixed by the program,
    /// so a run is reproducible. Run many runtimes in parallel, one per core.
    /// </summary>
    Deterministic,
}
