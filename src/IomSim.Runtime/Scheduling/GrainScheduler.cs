using IomSim.Runtime.Activation;

namespace IomSim.Runtime.Scheduling;

/// <summary>Gives activations a thread to run their turns on.</summary>
internal abstract class GrainScheduler
{
    public abstract SchedulerKind Kind { get; }

    /// <summary>Runs the activation's queued turns soon; never on two threads at once (the activation ensures it).</summary>
    public abstract void Schedule(GrainActivation activation);

    /// <summary>Throws when the current thread may not call grains.</summary>
    public abstract void EnsureCallerCanCall();

    /// <summary>Whether <paramref name="context"/> is one of this scheduler's, so continuations posted to it stay in the runtime.</summary>
    public abstract bool OwnsContext(SynchronizationContext? context);

    /// <summary>Runs a program that calls grains, and returns its result.</summary>
    public abstract Task<TResult> RunAsync<TResult>(Func<Task<TResult>> program);
}
