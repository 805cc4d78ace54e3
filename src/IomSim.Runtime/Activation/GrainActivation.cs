using IomSim.Runtime.Hosting;
using IomSim.Runtime.Invocation;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Storage;
using IomSim.Runtime.Telemetry;

namespace IomSim.Runtime.Activation;

/// <summary>
/// A live grain: its instance and its queue. It runs one turn at a time on whatever thread its scheduler gives it,
/// and admits one exclusive call at a time: a call stays admitted across its awaits until its task completes, so
/// a non-reentrant grain never sees two calls interleave.
/// </summary>
internal sealed class GrainActivation : IThreadPoolWorkItem
{
    /// <summary>How many turns run before the activation yields its thread to others.</summary>
    private const int TurnsPerSlice = 64;

    [ThreadStatic]
    private static GrainActivation? s_constructing;

    private readonly Lock? _lock;
    private readonly Queue<Turn> _ready = new();
    private Queue<GrainCall>? _waiting;
    private List<IPersistentStateLoader>? _states;
    private ActivationStatus _status = ActivationStatus.Activating;
    private GrainCall? _exclusive;
    private int _running;
    private bool _scheduled;
    private DeactivationReason? _deactivationRequested;
    private TaskCompletionSource? _retired;
    private long _idleSince;
    private volatile bool _isRetired;

    public GrainActivation(GrainRuntime runtime, GrainClass grainClass, GrainId id)
    {
        Runtime = runtime;
        Class = grainClass;
        Id = id;
        _lock = runtime.Scheduler.IsSingleThreaded ? null : new Lock();
    }

    public GrainRuntime Runtime { get; }

    public GrainClass Class { get; }

    public GrainId Id { get; }

    public Grain? Instance { get; private set; }

    /// <summary>The activation whose grain is being constructed on this thread, for <see cref="Grain"/>'s constructor.</summary>
    internal static GrainActivation? Constructing => s_constructing;

    public bool IsRetired => _isRetired;

    /// <summary>Queues the activation call; the activation admits nothing else until it finishes.</summary>
    public void Start()
    {
        RuntimeTelemetry.ActivationCreated(Class);
        var call = new ActivationCall(this) { TargetId = Id, TargetClass = Class, HasCaller = false };
        using (LockScope.Enter(_lock))
        {
            call.Target = this;
            Admit(call);
        }
    }

    /// <summary>Delivers a call: admits it, queues it behind the exclusive call, fails it if that would deadlock, or re-routes it.</summary>
    public void Enqueue(GrainCall call) => Enqueue(call, SynchronizationContext.Current);

    /// <summary>
    /// As <see cref="Enqueue(GrainCall)"/>, from a caller that already read the current synchronization context: on the
    /// single-threaded scheduler, a call to a grain with nothing running and nothing queued runs at once, on the caller's
    /// stack, and that context is restored after its first turn.
    /// </summary>
    public void Enqueue(GrainCall call, SynchronizationContext? callerContext)
    {
        // A reused call has usually been here before: no store, no write barrier.
        if (!ReferenceEquals(call.Target, this))
        {
            call.Target = this;
        }

        if (_lock is null && _status == ActivationStatus.Active && !_scheduled && _running == 0 && Runtime.Scheduler.TryEnterInline())
        {
            RunInline(call, callerContext);
            return;
        }

        GrainCallCycleException? cycle = null;
        var reroute = false;
        using (LockScope.Enter(_lock))
        {
            if (_status == ActivationStatus.Retired)
            {
                reroute = true;
            }
            else if (_status == ActivationStatus.Active && (_exclusive is null || !call.IsExclusiveOn(Class)))
            {
                Admit(call);
            }
            else if (FindCycle(call) is { } chain)
            {
                cycle = new GrainCallCycleException(chain);
            }
            else
            {
                if (Runtime.TracksResponseTime)
                {
                    call.WaitingSince = Runtime.TimeProvider.GetTimestamp();
                }

                (_waiting ??= new Queue<GrainCall>()).Enqueue(call);
            }
        }

        if (reroute)
        {
            Runtime.Dispatch(call);
        }
        else if (cycle is not null)
        {
            call.Fail(cycle);
        }
    }

    /// <summary>Queues a continuation of an admitted call's grain method.</summary>
    public void EnqueueContinuation(GrainCall call, SendOrPostCallback callback, object? state)
    {
        if (!Runtime.Scheduler.AcceptsWorkFromCurrentThread())
        {
            return;
        }

        using (LockScope.Enter(_lock))
        {
            _ready.Enqueue(new Turn(call, callback, state));
            ScheduleIfIdle();
        }
    }

    /// <summary>Runs queued turns; called by the scheduler, never on two threads at once.</summary>
    public void Execute() => RunTurns(TurnsPerSlice);

    /// <summary>Asks the activation to retire once no call is running; the task completes when it has.</summary>
    public Task RequestDeactivation(DeactivationReason reason)
    {
        using (LockScope.Enter(_lock))
        {
            if (_status == ActivationStatus.Retired)
            {
                return Task.CompletedTask;
            }

            _retired ??= new TaskCompletionSource();
            _deactivationRequested ??= reason;
            if (_status == ActivationStatus.Active && _running == 0)
            {
                BeginDeactivation();
            }

            return _retired.Task;
        }
    }

    /// <summary>
    /// Whether the activation has had no call for at least <paramref name="idleTimeout"/>, or is already on its way out
    /// (so that a caller collecting idle activations can wait for those too).
    /// </summary>
    public bool IsIdleFor(TimeSpan idleTimeout)
    {
        using (LockScope.Enter(_lock))
        {
            return _status == ActivationStatus.Deactivating
                || (_status == ActivationStatus.Active && _running == 0 && Runtime.TimeProvider.GetElapsedTime(_idleSince) >= idleTimeout);
        }
    }

    /// <summary>Called once per admitted call when its task completes: frees the grain for the next call.</summary>
    public void OnCallFinished(GrainCall call, Exception? error)
    {
        List<GrainCall>? orphans = null;
        TaskCompletionSource? retired = null;
        var retiredNow = false;
        using (LockScope.Enter(_lock))
        {
            _running--;
            if (ReferenceEquals(_exclusive, call))
            {
                _exclusive = null;
            }

            if (call is ActivationCall)
            {
                if (error is null)
                {
                    _status = ActivationStatus.Active;
                }
                else
                {
                    retiredNow = true;
                }
            }
            else if (call is DeactivationCall)
            {
                retiredNow = true;
            }

            if (retiredNow)
            {
                _status = ActivationStatus.Retired;
                _isRetired = true;
                orphans = TakeWaiting();
                retired = _retired;
            }

            if (_running == 0 && _status == ActivationStatus.Active)
            {
                if (Runtime.TracksIdleTime)
                {
                    _idleSince = Runtime.TimeProvider.GetTimestamp();
                }

                if (_deactivationRequested is not null)
                {
                    BeginDeactivation();
                }
            }

            if (_status == ActivationStatus.Active)
            {
                AdmitWaiting();
            }
        }

        if (retiredNow)
        {
            Retire(call, error, orphans, retired);
        }
    }

    /// <summary>Registers a persistent state while the grain is being constructed.</summary>
    public IPersistentState<TState> AddPersistentState<TState>(string stateName, string storageName)
        where TState : new()
    {
        var state = new PersistentState<TState>(stateName, Id, Runtime.GetStorage(storageName, Class));
        (_states ??= []).Add(state);
        return state;
    }

    /// <summary>
    /// For a runtime reset: if the grain is idle and resettable, puts its persistent states and its fields back as a
    /// fresh activation over empty storage would have them, and stays active; otherwise leaves it for deactivation.
    /// </summary>
    public bool TryReset()
    {
        using (LockScope.Enter(_lock))
        {
            if (_status != ActivationStatus.Active || _running != 0 || _waiting is { Count: > 0 } || Instance is not IResettableGrain grain)
            {
                return false;
            }

            // Most grains keep no persistent state: no empty list is made for them on every reset.
            if (_states is not null)
            {
                foreach (var state in _states)
                {
                    state.Forget();
                }
            }

            grain.Reset();
            return true;
        }
    }

    /// <summary>The activation call's work: construct the grain, read its states, run its activation hook.</summary>
    public async Task ActivateAsync()
    {
        var previous = s_constructing;
        s_constructing = this;
        try
        {
            Instance = Class.Create(this);
        }
        finally
        {
            s_constructing = previous;
        }

        if (_states is not null)
        {
            foreach (var state in _states)
            {
                await state.ReadStateAsync();
            }
        }

        await Instance.OnActivateAsync(CancellationToken.None);
    }

    /// <summary>Appends what this activation is running and holding back, for a stalled-run diagnosis.</summary>
    public void DescribePendingWork(System.Text.StringBuilder into)
    {
        using (LockScope.Enter(_lock))
        {
            if (_running == 0 && _waiting is not { Count: > 0 })
            {
                return;
            }

            into.Append(Id).Append(" is running ").Append(_exclusive?.Method.Name ?? $"{_running} interleaved call(s)");
            if (_waiting is { Count: > 0 } waiting)
            {
                into.Append(" with ").Append(string.Join(", ", waiting.Select(c => $"{c.Method.Name} from {c.Parent?.TargetId.ToString() ?? "the program"}")))
                    .Append(" waiting");
            }

            into.Append("; ");
        }
    }

    /// <summary>
    /// Fails the calls that have waited in the queue longer than <paramref name="timeout"/>: the grain is stuck, or
    /// two call chains wait for each other. Failing the waiting call unwinds its chain.
    /// </summary>
    public void FailOverdueCalls(TimeSpan timeout)
    {
        List<GrainCall>? overdue = null;
        string busyWith;
        using (LockScope.Enter(_lock))
        {
            if (_waiting is not { Count: > 0 } waiting)
            {
                return;
            }

            var kept = new Queue<GrainCall>(waiting.Count);
            foreach (var call in waiting)
            {
                if (Runtime.TimeProvider.GetElapsedTime(call.WaitingSince) >= timeout)
                {
                    (overdue ??= []).Add(call);
                }
                else
                {
                    kept.Enqueue(call);
                }
            }

            _waiting = kept;
            busyWith = _exclusive is { } exclusive ? DescribeChain(exclusive) : _status.ToString().ToLowerInvariant();
        }

        foreach (var call in overdue ?? [])
        {
            call.Fail(new TimeoutException(
                $"{DescribeChain(call)} waited more than {timeout.TotalSeconds:0.###} s for {Id}, which is busy with {busyWith}. "
                + "If that call is itself waiting, two call chains are waiting for each other."));
        }
    }

    void IThreadPoolWorkItem.Execute() => Execute();

    /// <summary>A call with its callers, outermost first: <c>a/1.Start -> b/2.CallBack</c>.</summary>
    private static string DescribeChain(GrainCall call)
    {
        var chain = new List<string>();
        for (var link = call; link is not null; link = link.Parent)
        {
            chain.Add(link.Describe());
        }

        chain.Reverse();
        return string.Join(" -> ", chain);
    }

    private void Admit(GrainCall call)
    {
        MarkAdmitted(call);
        _ready.Enqueue(new Turn(call, null, null));
        ScheduleIfIdle();
    }

    // Counts the call as running, and as the exclusive one if it needs the grain to itself.
    private void MarkAdmitted(GrainCall call)
    {
        call.IsAdmitted = true;
        _running++;
        if (call is ActivationCall or DeactivationCall || call.IsExclusiveOn(Class))
        {
            _exclusive = call;
        }
    }

    /// <summary>
    /// On the single-threaded scheduler, a call to a grain with nothing running and nothing queued runs its first turn
    /// at once, on the caller's stack, instead of going round the scheduler's queue: the same turn, in an order just as
    /// fixed by the program, and a call that completes without awaiting costs no queueing at all. The scheduler bounds
    /// the nesting (it let this call in).
    /// </summary>
    private void RunInline(GrainCall call, SynchronizationContext? callerContext)
    {
        // Admitted as Admit would, without a turn in the queue; claimed, so nothing else schedules the activation meanwhile.
        MarkAdmitted(call);
        _scheduled = true;
        SynchronizationContext.SetSynchronizationContext(call);
        try
        {
            StartCall(call);
        }
        catch (Exception error)
        {
            // Only code outside any task (an async void method) can throw here; it has no caller to tell.
            Runtime.ReportUnobservedGrainError(Id, error);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
            Runtime.Scheduler.ExitInline();
        }

        // Continuations queued by the first turn (it awaited) wait their turn on the scheduler.
        if (_ready.Count == 0)
        {
            _scheduled = false;
        }
        else
        {
            Runtime.Scheduler.Schedule(this);
        }
    }

    /// <summary>Runs up to <paramref name="maxTurns"/> queued turns, then leaves the rest to the scheduler.</summary>
    private void RunTurns(int maxTurns)
    {
        var previous = SynchronizationContext.Current;
        for (var i = 0; i < maxTurns; i++)
        {
            Turn turn;
            using (LockScope.Enter(_lock))
            {
                if (!_ready.TryDequeue(out turn))
                {
                    _scheduled = false;
                    SynchronizationContext.SetSynchronizationContext(previous);
                    return;
                }
            }

            SynchronizationContext.SetSynchronizationContext(turn.Call);
            try
            {
                if (turn.Callback is null)
                {
                    StartCall(turn.Call);
                }
                else
                {
                    turn.Callback(turn.State);
                }
            }
            catch (Exception error)
            {
                // Only code outside any task (an async void method) can throw here; it has no caller to tell.
                Runtime.ReportUnobservedGrainError(Id, error);
            }
        }

        SynchronizationContext.SetSynchronizationContext(previous);
        using (LockScope.Enter(_lock))
        {
            if (_ready.Count == 0)
            {
                _scheduled = false;
                return;
            }
        }

        Runtime.Scheduler.Schedule(this);
    }

    private void StartCall(GrainCall call)
    {
        var callerSpan = RuntimeTelemetry.CallStarted(call);
        if (Runtime.HasCallObservers)
        {
            Runtime.ObserveCallStarting(call);
        }

        call.Start(Instance);
        RuntimeTelemetry.TurnEnded(call, callerSpan);
    }

    private void AdmitWaiting()
    {
        while (_waiting is { Count: > 0 } waiting && (_exclusive is null || !waiting.Peek().IsExclusiveOn(Class)))
        {
            Admit(waiting.Dequeue());
        }
    }

    private void BeginDeactivation()
    {
        var call = new DeactivationCall(_deactivationRequested!.Value) { TargetId = Id, TargetClass = Class, Target = this, HasCaller = false };
        _status = ActivationStatus.Deactivating;
        Admit(call);
    }

    private void ScheduleIfIdle()
    {
        if (!_scheduled)
        {
            _scheduled = true;
            Runtime.Scheduler.Schedule(this);
        }
    }

    private List<GrainCall>? TakeWaiting()
    {
        if (_waiting is not { Count: > 0 } waiting)
        {
            return null;
        }

        var taken = waiting.ToList();
        waiting.Clear();
        return taken;
    }

    /// <summary>
    /// The exclusive call this one would wait for is one of its own ancestors: waiting would deadlock.
    /// Returns the chain, outermost call first, or null.
    /// </summary>
    private List<string>? FindCycle(GrainCall call)
    {
        if (_exclusive is null)
        {
            return null;
        }

        for (var ancestor = call.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor, _exclusive))
            {
                var chain = new List<string>();
                for (var link = call; link is not null; link = link.Parent)
                {
                    chain.Add(link.Describe());
                }

                chain.Reverse();
                return chain;
            }
        }

        return null;
    }

    private void Retire(GrainCall lastCall, Exception? error, List<GrainCall>? orphans, TaskCompletionSource? retired)
    {
        Runtime.Remove(this);
        RuntimeTelemetry.ActivationRetired(Class);
        var activationFailed = lastCall is ActivationCall;
        if (error is not null)
        {
            Runtime.ReportLifecycleError(Id, lastCall.Method.Name, error);
        }

        foreach (var orphan in orphans ?? [])
        {
            if (activationFailed)
            {
                orphan.Fail(error!);
            }
            else
            {
                Runtime.Dispatch(orphan);
            }
        }

        retired?.TrySetResult();
    }
}
