using IomSim.Runtime.Activation;

namespace IomSim.Runtime.Scheduling;

/// <summary>Gives activations a thread to run their turns on.</summary>
internal abstract class GrainScheduler
{
    public abstract SchedulerKind Kind { get; }

    /// <summary>Whether every turn runs on one thread, so that activations need no locks.</summary>
    public bool IsSingleThreaded { get; }

    protected GrainScheduler(bool isSingleThreaded) => IsSingleThreaded = isSingleThreaded;

    /// <summary>
    /// Whether work may be queued from the current thread. The deterministic scheduler refuses work from any thread but
    /// its own (recording why, to fail the run); the concurrent one takes work from anywhere.
    /// </summary>
    public abstract bool AcceptsWorkFromCurrentThread();

    /// <summary>Runs the activation's queued turns soon; never on two threads at once (the activation ensures it).</summary>
    public abstract void Schedule(GrainActivation activation);

    /// <summary>
    /// Whether <paramref name="context"/>, read on the current thread, is one this single-threaded scheduler runs its
    /// program or a grain turn under: then the current thread is the scheduler's own, and no thread check is needed.
    /// (<see cref="OwnsContext"/> asks only about the program's context.)
    /// </summary>
    public abstract bool RunsUnderOwnContext(SynchronizationContext? context);

    /// <summary>
    /// Whether a call may run in place, on its caller's stack (single-threaded scheduler only, nesting bounded); if so,
    /// the caller must call <see cref="ExitInline"/> when the call's first turn ends.
    /// </summary>
    public virtual bool TryEnterInline() => false;

    /// <summary>Ends a call's first turn run in place.</summary>
    public virtual void ExitInline()
    {
    }

    /// <summary>Throws when the current thread may not call grains.</summary>
    public abstract void EnsureCallerCanCall();

    /// <summary>
    /// As <see cref="EnsureCallerCanCall()"/>, for a caller that already read the current synchronization context: a
    /// context of this scheduler's own answers without looking up the thread.
    /// </summary>
    public void EnsureCallerCanCall(SynchronizationContext? context)
    {
        if (!RunsUnderOwnContext(context))
        {
            EnsureCallerCanCall();
        }
    }

    /// <summary>Whether <paramref name="context"/> is one of this scheduler's, so continuations posted to it stay in the runtime.</summary>
    public abstract bool OwnsContext(SynchronizationContext? context);

    /// <summary>Runs a program that calls grains, and returns its result.</summary>
    public abstract Task<TResult> RunAsync<TResult>(Func<Task<TResult>> program);
}
