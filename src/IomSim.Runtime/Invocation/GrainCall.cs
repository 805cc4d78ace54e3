using System.ComponentModel;
using System.Diagnostics;
using IomSim.Runtime.Activation;
using IomSim.Runtime.Telemetry;

namespace IomSim.Runtime.Invocation;

/// <summary>
/// One call to a grain: the message (generated subclasses hold the arguments), its place in the call chain,
/// and the synchronization context its turns run under, so that every continuation of the grain method
/// comes back to the grain's own queue.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainCall : SynchronizationContext
{
    /// <summary>The method called.</summary>
    public abstract GrainMethod Method { get; }

    /// <summary>The call whose turn made this call; null for a call from outside any grain.</summary>
    internal GrainCall? Parent { get; set; }

    /// <summary>The activation the call is queued at or running on.</summary>
    internal GrainActivation? Target { get; set; }

    /// <summary>Where the call is going, kept so that it can be re-routed to a fresh activation.</summary>
    internal GrainId TargetId { get; set; }

    internal GrainClass? TargetClass { get; set; }

    internal Activity? Span { get; set; }

    internal long StartTimestamp { get; set; }

    /// <summary>When the call started waiting behind another call (only while a response timeout is kept).</summary>
    internal long WaitingSince { get; set; }

    /// <summary>Whether someone awaits the result; the runtime's own lifecycle calls have no caller.</summary>
    internal bool HasCaller { get; init; } = true;

    /// <summary>Whether the call has finished (its result or error is set).</summary>
    internal bool IsFinished { get; private set; }

    /// <summary>Whether an activation accepted the call to run (as opposed to rejecting it or failing it unrun).</summary>
    internal bool IsAdmitted { get; set; }

    /// <summary>
    /// Whether something besides its caller may still hold the call once it has finished: a call it made (which keeps it
    /// as its parent) or a continuation posted to it. Such a call is never reused.
    /// </summary>
    internal bool IsHeldElsewhere { get; set; }

    /// <summary>Posts a continuation of this call's grain method back to the grain's queue.</summary>
    public sealed override void Post(SendOrPostCallback d, object? state)
    {
        IsHeldElsewhere = true;
        (Target ?? throw new InvalidOperationException("A grain call posted work before it reached a grain.")).EnqueueContinuation(this, d, state);
    }

    /// <summary>Not supported: a grain turn cannot be entered synchronously from another thread.</summary>
    public sealed override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("A grain's turn cannot be entered synchronously.");

    /// <summary>The context is the call itself.</summary>
    public sealed override SynchronizationContext CreateCopy() => this;

    /// <summary>Whether this call needs the grain to itself (no other exclusive call running).</summary>
    internal bool IsExclusiveOn(GrainClass grainClass) => !grainClass.IsReentrant && !Method.AlwaysInterleave;

    /// <summary>The call as <c>type/key.Method</c>.</summary>
    internal string Describe() => $"{TargetId}.{Method.Name}";

    /// <summary>Runs the grain method's first turn on <paramref name="grain"/>.</summary>
    internal abstract void Start(Grain? grain);

    /// <summary>Fails the call without running it.</summary>
    internal abstract void Fail(Exception error);

    /// <summary>
    /// Makes a finished call, held by nobody, ready to carry the next call of the same method through the same reference.
    /// <see cref="Target"/>, <see cref="TargetId"/> and <see cref="TargetClass"/> stay: that reference names the same grain.
    /// </summary>
    private protected virtual void PrepareForReuse()
    {
        Parent = null;
        Span = null;
        StartTimestamp = 0;
        WaitingSince = 0;
        IsFinished = false;
        IsAdmitted = false;
        IsHeldElsewhere = false;
        ClearArguments();
    }

    /// <summary>Drops the arguments of a finished call kept for reuse, so that it holds nothing alive; generated code overrides it.</summary>
    protected virtual void ClearArguments()
    {
    }

    /// <summary>Marks the call finished; called once, by the subclass, before its result is published.</summary>
    private protected void MarkFinished(Exception? error)
    {
        IsFinished = true;
        if (IsAdmitted)
        {
            Target!.OnCallFinished(this, error);
        }

        RuntimeTelemetry.CallFinished(this, error);
    }
}
