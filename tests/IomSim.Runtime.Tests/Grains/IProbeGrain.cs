namespace IomSim.Runtime.Tests.Grains;

/// <summary>Grains for testing the runtime's edges: parallelism, stalls, failing activations, telemetry.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    /// <summary>Blocks its thread until as many probes have arrived as the barrier expects.</summary>
    Task<bool> MeetAtBarrier(int participants);

    /// <summary>Awaits a real timer: not allowed on the deterministic scheduler.</summary>
    Task WaitOnTimer();

    /// <summary>Calls another probe, for parent and child spans.</summary>
    Task<string> Relay(string nextKey);

    Task<string> Echo(string text);

    /// <summary>Waits until a second probe has arrived at the same rendezvous, then calls its peer: two chains that wait for each other.</summary>
    Task<string> MeetThenCall(string peer, string rendezvous);
}

public interface IBrokenGrain : IGrainWithStringKey
{
    Task<int> Anything();
}
