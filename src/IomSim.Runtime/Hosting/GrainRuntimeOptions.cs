using System.Reflection;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IomSim.Runtime.Hosting;

/// <summary>
/// How to build a <see cref="GrainRuntime"/>: its grain classes, storage providers, scheduler and clock.
/// One options object can make many runtimes (one per simulation run); each gets its own activations and storage.
/// </summary>
public sealed class GrainRuntimeOptions
{
    private readonly List<Type> _grainClasses = [];
    private readonly Dictionary<string, Func<IGrainStorage>> _storage = new(StringComparer.Ordinal);
    private GrainCatalog? _catalog;

    /// <summary>Which scheduler runs the turns. Default: <see cref="SchedulerKind.Concurrent"/>.</summary>
    public SchedulerKind Scheduler { get; set; } = SchedulerKind.Concurrent;

    /// <summary>The clock grains and idle collection read. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// How long an activation may go without a call before it is deactivated; <see cref="Timeout.InfiniteTimeSpan"/>
    /// keeps activations until shutdown. Default: 15 minutes, as in Orleans.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often the concurrent scheduler looks for idle activations. Default: 1 minute. The deterministic scheduler
    /// never looks on its own (a timer would make runs depend on timing): call <see cref="GrainRuntime.DeactivateIdleAsync"/>.
    /// </summary>
    public TimeSpan IdleCollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a call may wait behind another call of the same grain before it fails with a <see cref="TimeoutException"/>
    /// (concurrent scheduler only: the deterministic one reports a stalled run instead). It catches what cycle detection
    /// cannot, two call chains waiting for each other. <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.
    /// Default: 30 seconds, as in Orleans.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long disposing the runtime waits for grains to finish their calls and deactivate. Default: 30 seconds.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the runtime and grains log. Default: nowhere.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>Services for grain constructor parameters that are not state, factory, clock or logger.</summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>Observers told of every call as it starts.</summary>
    public IList<IGrainCallObserver> CallObservers { get; } = [];

    /// <summary>Registers a grain class for all the grain interfaces it implements.</summary>
    public GrainRuntimeOptions AddGrain<TGrain>()
        where TGrain : Grain => AddGrain(typeof(TGrain));

    /// <summary>Registers a grain class for all the grain interfaces it implements.</summary>
    public GrainRuntimeOptions AddGrain(Type grainClass)
    {
        _grainClasses.Add(grainClass);
        _catalog = null;
        return this;
    }

    /// <summary>Registers every concrete grain class of an assembly.</summary>
    public GrainRuntimeOptions AddGrainsFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract && !t.IsGenericTypeDefinition))
        {
            AddGrain(type);
        }

        return this;
    }

    /// <summary>Registers a storage provider; each runtime calls <paramref name="create"/> for its own instance and disposes it.</summary>
    public GrainRuntimeOptions AddGrainStorage(string name, Func<IGrainStorage> create)
    {
        _storage[name] = create;
        return this;
    }

    /// <summary>Registers in-memory storage (each runtime its own) under a name, by default the default name.</summary>
    public GrainRuntimeOptions AddMemoryGrainStorage(string name = PersistentStateAttribute.DefaultStorage) =>
        AddGrainStorage(name, static () => new MemoryGrainStorage());

    /// <summary>
    /// Registers in-memory storage that keeps state objects as they are, without a serialized copy (each runtime its
    /// own), for runtimes that live for one simulation run and whose grain states are immutable: see
    /// <see cref="ReferenceGrainStorage"/>.
    /// </summary>
    public GrainRuntimeOptions AddReferenceGrainStorage(string name = PersistentStateAttribute.DefaultStorage) =>
        AddGrainStorage(name, static () => new ReferenceGrainStorage());

    internal GrainCatalog Catalog => _catalog ??= new GrainCatalog(_grainClasses);

    internal IReadOnlyDictionary<string, Func<IGrainStorage>> Storage => _storage;
}
