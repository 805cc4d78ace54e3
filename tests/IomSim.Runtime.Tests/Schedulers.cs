using IomSim.Runtime.Scheduling;

namespace IomSim.Runtime.Tests;

/// <summary>Theory data: every runtime behaviour is checked on both schedulers.</summary>
public static class Schedulers
{
    public static TheoryData<SchedulerKind> Both => new() { SchedulerKind.Concurrent, SchedulerKind.Deterministic };
}
