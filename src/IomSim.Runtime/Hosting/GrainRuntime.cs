using System.Text;
using IomSim.Runtime.Activation;
using IomSim.Runtime.Invocation;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Storage;
using IomSim.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace IomSim.Runtime.Hosting;

/// <summary>
/// Hosts grains in this process (the role of an Orleans silo and its client): hands out references, activates grains
/// on their first call, routes calls to activations, and retires idle ones. Cheap to create: a simulation makes one
/// per run on the deterministic scheduler.
/// </summary>
public sealed class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    private readonly Lock _directoryLock = new();
    private readonly Dictionary<GrainId, GrainActivation> _activations = [];
    private readonly GrainCatalog _catalog;
    private readonly Dictionary<string, IGrainStorage> _storage = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Func<IGrainStorage>> _storageFactories;
    private readonly IGrainCallObserver[] _observers;
    private readonly ILogger _logger;
    private readonly TimeSpan _idleTimeout;
    private readonly ITimer? _idleTimer;
    private readonly ITimer? _responseTimer;
    private readonly TimeSpan _responseTimeout;
    private readonly TimeSpan _shutdownTimeout;
    private bool _disposed;

    /// <summary>Creates a runtime from options; nothing is activated until the first call.</summary>
    public GrainRuntime(GrainRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _catalog = options.Catalog;
        _storageFactories = options.Storage;
        _observers = [.. options.CallObservers];
        _idleTimeout = options.IdleTimeout;
        TracksIdleTime = _idleTimeout != Timeout.InfiniteTimeSpan;
        _shutdownTimeout = options.ShutdownTimeout;
        TimeProvider = options.TimeProvider;
        LoggerFactory = options.LoggerFactory;
        Services = options.Services;
        _logger = LoggerFactory.CreateLogger<GrainRuntime>();
        Scheduler = options.Scheduler switch
        {
            SchedulerKind.Concurrent => new ConcurrentScheduler(),
            SchedulerKind.Deterministic => new DeterministicScheduler(DescribePendingWork),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Scheduler, "Unknown scheduler."),
        };
        _responseTimeout = options.ResponseTimeout;
        if (TracksResponseTime)
        {
            // Checked a few times per timeout, so a stuck call fails within 1.25 timeouts.
            var period = _responseTimeout / 4;
            _responseTimer = TimeProvider.CreateTimer(static state => ((GrainRuntime)state!).FailOverdueCalls(), this, period, period);
        }

        if (Scheduler.Kind == SchedulerKind.Concurrent && TracksIdleTime)
        {
            _idleTimer = TimeProvider.CreateTimer(
                static state => _ = ((GrainRuntime)state!).DeactivateIdleAsync(),
                this,
                options.IdleCollectionInterval,
                options.IdleCollectionInterval);
        }
    }

    /// <summary>The scheduler this runtime runs turns on.</summary>
    public SchedulerKind SchedulerKind => Scheduler.Kind;

    /// <summary>The clock grains read.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>How many activations are live (activating, active or deactivating).</summary>
    public int ActivationCount
    {
        get
        {
            lock (_directoryLock)
            {
                return _activations.Count;
            }
        }
    }

    internal GrainScheduler Scheduler { get; }

    internal ILoggerFactory LoggerFactory { get; }

    internal IServiceProvider? Services { get; }

    internal bool TracksIdleTime { get; }

    internal bool TracksResponseTime => Scheduler.Kind == SchedulerKind.Concurrent && _responseTimeout != Timeout.InfiniteTimeSpan;

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var grainClass = _catalog.Find(typeof(TGrainInterface)) ?? throw new UnknownGrainInterfaceException(
            $"No registered grain class implements {typeof(TGrainInterface).FullName}. "
            + $"Registered grain interfaces: {string.Join(", ", _catalog.Interfaces.Select(i => i.Name).Order(StringComparer.Ordinal))}.");
        var factory = GrainReferenceRegistry.Find<TGrainInterface>() ?? throw new UnknownGrainInterfaceException(
            $"{typeof(TGrainInterface).FullName} has no generated grain reference: the project that declares it must reference IomSim.Runtime.CodeGen as an analyzer.");
        return (TGrainInterface)(object)factory(new GrainReferenceTarget(this, grainClass, new GrainId(grainClass.GrainType, key)));
    }

    /// <summary>
    /// Runs a program that calls grains. On the concurrent scheduler it simply runs; on the deterministic one it runs
    /// here, on this thread, with every grain turn, until the program and all the work it caused are done.
    /// </summary>
    public Task<TResult> RunAsync<TResult>(Func<IGrainFactory, Task<TResult>> program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return Scheduler.RunAsync(() => program(this));
    }

    /// <inheritdoc cref="RunAsync{TResult}"/>
    public Task RunAsync(Func<IGrainFactory, Task> program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return Scheduler.RunAsync(async () =>
        {
            await program(this);
            return default(None);
        });
    }

    /// <summary>Deactivates every activation that has had no call for the idle timeout; completes when they are gone.</summary>
    public Task DeactivateIdleAsync()
    {
        Scheduler.EnsureCallerCanCall();
        if (!TracksIdleTime)
        {
            return Task.CompletedTask;
        }

        var idle = Snapshot().Where(a => a.IsIdleFor(_idleTimeout)).ToList();
        if (idle.Count > 0)
        {
            RuntimeLog.CollectingIdle(_logger, idle.Count);
        }

        return Task.WhenAll(idle.Select(a => a.RequestDeactivation(DeactivationReason.ActivationIdle)));
    }

    /// <summary>Deactivates every activation once its current calls finish; completes when they are gone.</summary>
    public Task DeactivateAllAsync()
    {
        Scheduler.EnsureCallerCanCall();
        return Task.WhenAll(Snapshot().Select(a => a.RequestDeactivation(DeactivationReason.RuntimeShutdown)));
    }

    /// <summary>
    /// Makes the runtime as a new one for an independent run, without paying for every activation again: grains that
    /// are <see cref="IResettableGrain"/> stay active with their persistent states and fields reset, the others are
    /// deactivated, and every storage forgets what it holds. Call it between runs, with no call in flight; every storage
    /// must be in process (<see cref="IClearableGrainStorage"/>), since a durable one is not the runtime's to empty.
    /// </summary>
    /// <exception cref="InvalidOperationException">A storage cannot be cleared, or a grain was still busy with a call.</exception>
    public async Task ResetAsync()
    {
        var storages = _storage.Values.Select(s => s as IClearableGrainStorage
            ?? throw new InvalidOperationException($"A runtime with storage {s.GetType().Name} cannot be reset: only in-process storage can be emptied.")).ToArray();

        // Deactivation hooks may still write state, so the storage is emptied after they ran, and the grains kept are
        // reset after that (their states then read as new). Between runs usually every grain is kept: one pass finds out.
        var activations = Snapshot();
        if (activations.Exists(a => !IsResettable(a)))
        {
            var retiring = activations.Where(a => !IsResettable(a)).ToList();
            await RunAsync(_ => Task.WhenAll(retiring.Select(a => a.RequestDeactivation(DeactivationReason.RuntimeShutdown))));
            activations = Snapshot();
        }

        foreach (var storage in storages)
        {
            storage.Clear();
        }

        foreach (var activation in activations)
        {
            if (!activation.TryReset())
            {
                throw new InvalidOperationException($"{activation.Id} was busy when the runtime was reset; reset between runs only.");
            }
        }
    }

    /// <summary>Deactivates every grain, then releases the storage providers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_idleTimer is not null)
        {
            await _idleTimer.DisposeAsync();
        }

        if (_responseTimer is not null)
        {
            await _responseTimer.DisposeAsync();
        }

        try
        {
            await RunAsync(_ => DeactivateAllAsync()).WaitAsync(_shutdownTimeout, TimeProvider);
        }
        catch (Exception error) when (error is DeterminismViolationException or TimeoutException)
        {
            // A grain stuck in a call (or a run that already broke determinism) must not keep storage from closing.
            RuntimeLog.ShutdownIncomplete(_logger, ActivationCount, error);
        }

        foreach (var storage in _storage.Values)
        {
            switch (storage)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    /// <summary>Sends a call from a generated reference.</summary>
    internal Task<TResult> Invoke<TResult>(GrainReference reference, GrainCall<TResult> call) =>
        Send(reference, call, SynchronizationContext.Current) ?? call.PromiseAfterDispatch();

    /// <summary>
    /// Sends a call from a generated reference whose method returns a <see cref="ValueTask{TResult}"/>: on the
    /// single-threaded scheduler a call that finished in place hands back its result without allocating a task, and
    /// <paramref name="reusable"/> says whether the call object is ready to carry the reference's next call.
    /// </summary>
    internal ValueTask<TResult> InvokeValue<TResult>(GrainReference reference, GrainCall<TResult> call, SynchronizationContext? callerContext, out bool reusable)
    {
        reusable = false;
        if (Send(reference, call, callerContext) is { } promise)
        {
            return new ValueTask<TResult>(promise);
        }

        if (!call.TryTakeResult(out var result))
        {
            return new ValueTask<TResult>(call.PromiseAfterDispatch());
        }

        reusable = call.TryPrepareForReuse();
        return new ValueTask<TResult>(result);
    }

    // Dispatches the call; returns its task when the scheduler needs it made before dispatch (several threads), or
    // null on the single-threaded scheduler, where the caller takes the result after dispatch. The caller read the
    // current synchronization context (each read of a thread's state costs a thread-local look-up).
    private Task<TResult>? Send<TResult>(GrainReference reference, GrainCall<TResult> call, SynchronizationContext? context)
    {
        Scheduler.EnsureCallerCanCall(context);
        if (context is GrainCall parent)
        {
            call.Parent = parent;
            parent.IsHeldElsewhere = true;
        }

        var promise = Scheduler.IsSingleThreaded
            ? null
            : call.CreatePromise(runContinuationsAsynchronously: call.Parent is null && !Scheduler.OwnsContext(context));
        RuntimeTelemetry.CallSent(call);
        var activation = reference.CachedActivation;
        if (activation is null || activation.IsRetired)
        {
            activation = GetOrActivate(call.TargetId, call.TargetClass!);
            reference.CachedActivation = activation;
        }

        activation.Enqueue(call, context);
        return promise;
    }

    /// <summary>Routes a call to its grain's live activation, creating one if there is none.</summary>
    internal void Dispatch(GrainCall call) => GetOrActivate(call.TargetId, call.TargetClass!).Enqueue(call);

    /// <summary>Takes a retired activation out of the directory, unless a newer one already replaced it.</summary>
    internal void Remove(GrainActivation activation)
    {
        lock (_directoryLock)
        {
            if (_activations.TryGetValue(activation.Id, out var current) && ReferenceEquals(current, activation))
            {
                _activations.Remove(activation.Id);
            }
        }
    }

    internal IGrainStorage GetStorage(string name, GrainClass grainClass)
    {
        lock (_directoryLock)
        {
            if (_storage.TryGetValue(name, out var storage))
            {
                return storage;
            }

            if (!_storageFactories.TryGetValue(name, out var create))
            {
                throw new InvalidOperationException(
                    $"{grainClass.ClassType.Name} keeps state in storage '{name}', which is not registered. "
                    + $"Registered storage: {(_storageFactories.Count == 0 ? "none" : string.Join(", ", _storageFactories.Keys))}.");
            }

            storage = create();
            _storage.Add(name, storage);
            return storage;
        }
    }

    internal bool HasCallObservers => _observers.Length != 0;

    internal void ObserveCallStarting(GrainCall call)
    {
        var info = new GrainCallInfo(call.Parent?.TargetId, call.TargetId, call.Method.InterfaceType.Name, call.Method.Name);
        foreach (var observer in _observers)
        {
            observer.OnCallStarting(info);
        }
    }

    internal void ReportLifecycleError(GrainId grainId, string method, Exception error) =>
        RuntimeLog.LifecycleFailed(_logger, grainId, method, error);

    internal void ReportUnobservedGrainError(GrainId grainId, Exception error) =>
        RuntimeLog.UnobservedGrainError(_logger, grainId, error);

    private void FailOverdueCalls()
    {
        foreach (var activation in Snapshot())
        {
            activation.FailOverdueCalls(_responseTimeout);
        }
    }

    private GrainActivation GetOrActivate(GrainId id, GrainClass grainClass)
    {
        GrainActivation activation;
        lock (_directoryLock)
        {
            if (_activations.TryGetValue(id, out var existing) && !existing.IsRetired)
            {
                return existing;
            }

            activation = new GrainActivation(this, grainClass, id);
            _activations[id] = activation;
        }

        activation.Start();
        return activation;
    }

    private static bool IsResettable(GrainActivation activation) => activation.Instance is IResettableGrain && !activation.IsRetired;

    private List<GrainActivation> Snapshot()
    {
        lock (_directoryLock)
        {
            return [.. _activations.Values];
        }
    }

    private string DescribePendingWork()
    {
        var pending = new StringBuilder();
        foreach (var activation in Snapshot())
        {
            activation.DescribePendingWork(pending);
        }

        return pending.Length == 0 ? "No grain call is pending." : "Pending: " + pending.ToString().TrimEnd(' ', ';');
    }
}
