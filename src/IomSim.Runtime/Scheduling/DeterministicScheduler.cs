using IomSim.Runtime.Activation;
using IomSim.Runtime.Invocation;

namespace IomSim.Runtime.Scheduling;

/// <summary>
/// Runs every turn, and the calling program's own continuations, on the thread that called <see cref="RunAsync{TResult}"/>,
/// first in first out. Nothing else decides the order, so the same program gives the same order of turns every time,
/// and nothing needs a lock. Work arriving from any other thread (a timer, <c>Task.Run</c>, <c>ConfigureAwait(false)</c>)
/// would make that order depend on timing: it is refused, and the run fails with <see cref="DeterminismViolationException"/>.
/// </summary>
internal sealed class DeterministicScheduler : GrainScheduler
{
    /// <summary>How deep calls may nest when run in place.</summary>
    private const int MaxInlineDepth = 32;

    private readonly Queue<LoopItem> _queue = new();
    private readonly LoopContext _context;
    private readonly Func<string> _describePendingWork;
    private int _loopThreadId;

    // Only the loop thread runs calls in place, so a plain field counts their nesting.
    private int _inlineDepth;
    private string? _violation;

    public DeterministicScheduler(Func<string> describePendingWork)
        : base(isSingleThreaded: true)
    {
        _context = new LoopContext(this);
        _describePendingWork = describePendingWork;
    }

    public override SchedulerKind Kind => SchedulerKind.Deterministic;

    public override void Schedule(GrainActivation activation)
    {
        if (AcceptsWorkFromCurrentThread())
        {
            _queue.Enqueue(new LoopItem(activation, null, null));
        }
    }

    public override bool AcceptsWorkFromCurrentThread()
    {
        if (Environment.CurrentManagedThreadId == Volatile.Read(ref _loopThreadId))
        {
            return true;
        }

        Interlocked.CompareExchange(
            ref _violation,
            $"Work was queued from thread {Environment.CurrentManagedThreadId}, outside the deterministic scheduler's thread: "
                + "grain code must not use timers, Task.Run, ConfigureAwait(false) or real asynchronous I/O on this scheduler.",
            null);
        return false;
    }

    public override bool TryEnterInline()
    {
        if (_inlineDepth >= MaxInlineDepth)
        {
            return false;
        }

        _inlineDepth++;
        return true;
    }

    public override void ExitInline() => _inlineDepth--;

    // Only the loop thread runs under these contexts: the program under the loop's, each grain turn under its call.
    public override bool RunsUnderOwnContext(SynchronizationContext? context) =>
        ReferenceEquals(context, _context) || (context is GrainCall { Target: { } activation } && ReferenceEquals(activation.Runtime.Scheduler, this));

    public override void EnsureCallerCanCall()
    {
        if (Environment.CurrentManagedThreadId != Volatile.Read(ref _loopThreadId))
        {
            throw new InvalidOperationException(
                "On the deterministic scheduler, grains are called only by the program given to GrainRuntime.RunAsync, or by other grains.");
        }
    }

    public override bool OwnsContext(SynchronizationContext? context) => ReferenceEquals(context, _context);

    public override Task<TResult> RunAsync<TResult>(Func<Task<TResult>> program)
    {
        if (Interlocked.CompareExchange(ref _loopThreadId, Environment.CurrentManagedThreadId, 0) != 0)
        {
            throw new InvalidOperationException("A deterministic runtime runs one program at a time, and it is already running one.");
        }

        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_context);
        try
        {
            Task<TResult> task;
            try
            {
                task = program();
            }
            catch (Exception error)
            {
                task = Task.FromException<TResult>(error);
            }

            // Run until the program is done and every grain is quiet, so a run leaves nothing half-done behind.
            while (_queue.TryDequeue(out var item))
            {
                Run(item);
            }

            if (Volatile.Read(ref _violation) is { } violation)
            {
                throw new DeterminismViolationException(violation);
            }

            if (!task.IsCompleted)
            {
                throw new DeterminismViolationException(
                    "The program is waiting, but no grain has work left: it awaits something outside the runtime "
                    + "(a timer, I/O, an unset TaskCompletionSource) or calls are deadlocked. " + _describePendingWork());
            }

            return task;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
            Volatile.Write(ref _loopThreadId, 0);
        }
    }

    private void Post(SendOrPostCallback callback, object? state)
    {
        if (AcceptsWorkFromCurrentThread())
        {
            _queue.Enqueue(new LoopItem(null, callback, state));
        }
    }

    private void Run(LoopItem item)
    {
        if (item.Activation is { } activation)
        {
            activation.Execute();
            return;
        }

        SynchronizationContext.SetSynchronizationContext(_context);
        item.Callback!(item.State);
    }

    private readonly record struct LoopItem(GrainActivation? Activation, SendOrPostCallback? Callback, object? State);

    /// <summary>The calling program's context: its continuations queue behind the grains' turns.</summary>
    private sealed class LoopContext(DeterministicScheduler scheduler) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => scheduler.Post(d, state);

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("The deterministic scheduler cannot be entered synchronously.");

        public override SynchronizationContext CreateCopy() => this;
    }
}
