using System.ComponentModel;
using IomSim.Runtime.Activation;
using IomSim.Runtime.Hosting;

namespace IomSim.Runtime.Invocation;

/// <summary>
/// Base of the generated grain references (proxies). A reference names a grain; it does not hold it alive,
/// so it can be stored and called at any time, and the grain is activated again if it was retired.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainReference : IEquatable<GrainReference>
{
    private readonly GrainRuntime _runtime;
    private readonly GrainClass _grainClass;
    private GrainActivation? _activation;

    /// <summary>Binds the reference to its grain.</summary>
    protected GrainReference(GrainReferenceTarget target)
    {
        _runtime = target.Runtime ?? throw new ArgumentException("A grain reference must come from a grain factory.", nameof(target));
        _grainClass = target.GrainClass!;
        GrainId = target.GrainId;
    }

    /// <summary>The grain this reference names.</summary>
    public GrainId GrainId { get; }

    /// <summary>Sends a call to the grain; generated methods call this.</summary>
    /// <typeparam name="TResult">The call's result.</typeparam>
    protected Task<TResult> Invoke<TResult>(GrainCall<TResult> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        call.TargetId = GrainId;
        call.TargetClass = _grainClass;
        return _runtime.Invoke(this, call);
    }

    /// <summary>
    /// The call object kept in <paramref name="spare"/> for this method, if it may be used now (on the single-threaded
    /// scheduler, from its own thread); null otherwise, and the generated method makes a new one. Either way
    /// <paramref name="callerContext"/> is the caller's synchronization context, read once for the whole call.
    /// </summary>
    /// <typeparam name="TCall">The generated call class of the method.</typeparam>
    protected TCall? TakeSpare<TCall>(ref TCall? spare, out SynchronizationContext? callerContext)
        where TCall : GrainCall
    {
        callerContext = SynchronizationContext.Current;
        if (spare is not { } call || !_runtime.Scheduler.RunsUnderOwnContext(callerContext))
        {
            return null;
        }

        spare = null;
        return call;
    }

    /// <summary>
    /// Sends a call to the grain for a generated method that returns <see cref="ValueTask{TResult}"/>: a call that
    /// finished in place costs no task, and its call object goes back to <paramref name="spare"/> for the method's next
    /// call, unless something else may still hold it.
    /// </summary>
    /// <typeparam name="TCall">The generated call class of the method.</typeparam>
    /// <typeparam name="TResult">The call's result.</typeparam>
    protected ValueTask<TResult> InvokeValue<TCall, TResult>(TCall call, ref TCall? spare, SynchronizationContext? callerContext)
        where TCall : GrainCall<TResult>
    {
        ArgumentNullException.ThrowIfNull(call);

        // A call taken back from the spare already names this reference's grain.
        if (call.TargetClass is null)
        {
            call.TargetId = GrainId;
            call.TargetClass = _grainClass;
        }

        var answer = _runtime.InvokeValue(this, call, callerContext, out var reusable);
        if (reusable)
        {
            spare = call;
        }

        return answer;
    }

    /// <summary>The activation last used, while it is still live: saves a directory look-up per call.</summary>
    internal GrainActivation? CachedActivation
    {
        get => _activation;
        set => _activation = value;
    }

    /// <inheritdoc />
    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId && ReferenceEquals(_runtime, other._runtime);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrainReference);

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => GrainId.ToString();
}
