using Orleans.Diagnostics;

namespace IomSim.Telemetry;

/// <summary>
/// What Microsoft Orleans emits, by name: its activity sources (a span per grain call on both sides, and the runtime's
/// own work: placement, activation, storage) and its meter. Orleans starts these spans only where activity propagation
/// is switched on (<c>AddActivityPropagation()</c> on the silo and client builders).
/// </summary>
public static class OrleansTelemetry
{
    /// <summary>Spans of grain calls made by application code.</summary>
    public const string ApplicationSource = ActivitySources.ApplicationGrainActivitySourceName;

    /// <summary>Spans of calls made by the Orleans runtime itself (membership, directory, placement).</summary>
    public const string RuntimeSource = ActivitySources.RuntimeActivitySourceName;

    /// <summary>Spans of activations and deactivations.</summary>
    public const string LifecycleSource = ActivitySources.LifecycleActivitySourceName;

    /// <summary>Spans of grain storage reads and writes.</summary>
    public const string StorageSource = ActivitySources.StorageActivitySourceName;

    /// <summary>Orleans' meter: messages, activations, calls, storage latency (its name is not public in Orleans' API).</summary>
    public const string Meter = "Microsoft.Orleans";
}
