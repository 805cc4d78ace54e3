using IomSim.Runtime.Activation;

namespace IomSim.Runtime.Scheduling;

/// <summary>Runs turns on the .NET thread pool: calls to different grains run in parallel.</summary>
internal sealed class ConcurrentScheduler() : GrainScheduler(isSingleThreaded: false)
{
    public override SchedulerKind Kind => SchedulerKind.Concurrent;

    public override void Schedule(GrainActivation activation) =>
        ThreadPool.UnsafeQueueUserWorkItem(activation, preferLocal: false);

    public override bool AcceptsWorkFromCurrentThread() => true;

    public override bool RunsUnderOwnContext(SynchronizationContext? context) => false;

    public override void EnsureCallerCanCall()
    {
    }

    public override bool OwnsContext(SynchronizationContext? context) => false;

    public override Task<TResult> RunAsync<TResult>(Func<Task<TResult>> program) => program();
}
