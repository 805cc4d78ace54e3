namespace IomSim.Telemetry;

/// <summary>
/// What Microsoft Orleans emits, by name: its activity sources (a span per grain call on both sides, and the runtime's
/// own work: placement, activation, storage) and its meter. Named here so that the programs subscribe to them without
/// depending on Orleans' assemblies; the names are those of <c>Orleans.Diagnostics.ActivitySources</c> in 10.x.
/// Orleans starts these spans only where activity propagation is switched on (<c>AddActivityPropagation()</c> on the
/// silo and client builders).
/// </summary>
public static class OrleansTelemetry
{
    /// <summary>Spans of grain calls made by application code.</summary>
    public const string ApplicationSource = "Microsoft.Orleans.Application";

    /// <summary>Spans of calls made by the Orleans runtime itself (membership, directory, placement).</summary>
    public const string RuntimeSource = "Microsoft.Orleans.Runtime";

    /// <summary>Spans of activations and deactivations.</summary>
    public const string LifecycleSource = "Microsoft.Orleans.Lifecycle";

    /// <summary>Spans of grain storage reads and writes.</summary>
    public const string StorageSource = "Microsoft.Orleans.Storage";

    /// <summary>Orleans' meter: messages, activations, calls, storage latency.</summary>
    public const string Meter = "Microsoft.Orleans";
}
