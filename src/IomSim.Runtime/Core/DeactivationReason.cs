namespace IomSim.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>The activation was idle for longer than the runtime's idle timeout.</summary>
    ActivationIdle,

    /// <summary>The runtime is shutting down.</summary>
    RuntimeShutdown,
}
