using IomSim.Runtime.Invocation;

namespace IomSim.Runtime.Activation;

/// <summary>
/// One unit of work in an activation's queue: the start of a call (no callback) or a continuation of a
/// call's grain method (a callback posted to the call's synchronization context).
/// </summary>
internal readonly record struct Turn(GrainCall Call, SendOrPostCallback? Callback, object? State);
