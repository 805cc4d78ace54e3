using IomSim.Runtime.Activation;

namespace IomSim.Runtime;

/// <summary>
/// Base class of every grain. The runtime creates an instance on the grain's first call, runs
/// <see cref="OnActivateAsync"/>, then hands it one call at a time. Grain classes should be <c>sealed</c>.
/// </summary>
public abstract class Grain
{
    private readonly GrainActivation? _activation;

    /// <summary>Binds the grain to the activation that is constructing it.</summary>
    protected Grain() => _activation = GrainActivation.Constructing;

    /// <summary>This grain's identity.</summary>
    public GrainId GrainId => Activation.Id;

    /// <summary>For calls to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime;

    /// <summary>The runtime's clock: use it instead of the wall clock.</summary>
    protected TimeProvider TimeProvider => Activation.Runtime.TimeProvider;

    private GrainActivation Activation =>
        _activation ?? throw new InvalidOperationException("A grain is not usable before the runtime activates it: do not construct grains yourself.");

    /// <summary>The key this grain was asked for by.</summary>
    public string GetPrimaryKeyString() => Activation.Id.Key;

    /// <summary>Called once before the first call is delivered, after persistent state has been read.</summary>
    /// <param name="cancellationToken">Cancelled if the runtime shuts down meanwhile.</param>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once when the activation is retired, after its last call finished.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancelled if the runtime shuts down meanwhile.</param>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Retires this activation once the current call finishes; the next call creates a new one.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation(DeactivationReason.ApplicationRequested);
}
