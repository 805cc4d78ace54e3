using System.Reflection;
using IomSim.Runtime.Hosting;
using IomSim.Runtime.Scheduling;

namespace IomSim.Runtime.Testing;

/// <summary>
/// A grain runtime in this process, set up for a test: the chosen scheduler, a manual clock, in-memory default
/// storage and a call trace. Starting one costs about as much as a dictionary, so make one per test.
/// </summary>
public sealed class TestGrainHost : IAsyncDisposable
{
    private TestGrainHost(GrainRuntimeOptions options, ManualTimeProvider clock, CallTrace trace)
    {
        Options = options;
        Clock = clock;
        Trace = trace;
        Runtime = new GrainRuntime(options);
    }

    /// <summary>The runtime hosting the grains.</summary>
    public GrainRuntime Runtime { get; }

    /// <summary>The options the runtime was made from (to make another runtime alike).</summary>
    public GrainRuntimeOptions Options { get; }

    /// <summary>The runtime's clock; advance it to make activations idle.</summary>
    public ManualTimeProvider Clock { get; }

    /// <summary>Every call, in the order calls started.</summary>
    public CallTrace Trace { get; }

    /// <summary>
    /// Starts a host with the grain classes of <paramref name="grainAssembly"/>. <paramref name="configure"/> may change
    /// anything, e.g. add SQLite storage or an idle timeout.
    /// </summary>
    public static TestGrainHost Start(SchedulerKind scheduler, Assembly grainAssembly, Action<GrainRuntimeOptions>? configure = null)
    {
        var clock = new ManualTimeProvider();
        var trace = new CallTrace();
        var options = new GrainRuntimeOptions
        {
            Scheduler = scheduler,
            TimeProvider = clock,
            IdleTimeout = TimeSpan.FromMinutes(10),
            IdleCollectionInterval = TimeSpan.FromMinutes(1),
        };
        options.AddGrainsFrom(grainAssembly).AddMemoryGrainStorage();
        options.CallObservers.Add(trace);
        configure?.Invoke(options);
        return new TestGrainHost(options, clock, trace);
    }

    /// <summary>Runs a program against the grains (on the deterministic scheduler, to completion, on this thread).</summary>
    public Task<TResult> RunAsync<TResult>(Func<IGrainFactory, Task<TResult>> program) => Runtime.RunAsync(program);

    /// <inheritdoc cref="RunAsync{TResult}"/>
    public Task RunAsync(Func<IGrainFactory, Task> program) => Runtime.RunAsync(program);

    /// <summary>Deactivates every grain and releases storage.</summary>
    public ValueTask DisposeAsync() => Runtime.DisposeAsync();
}
