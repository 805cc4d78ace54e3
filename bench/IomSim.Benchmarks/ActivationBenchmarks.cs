using BenchmarkDotNet.Attributes;

namespace IomSim.Benchmarks;

/// <summary>
/// Memory per grain activation: a fresh runtime activates 1,750 member-state grains, each by its first call
/// (<c>Assess</c>, with a brief built beforehand). Each operation is one activation, so MemoryDiagnoser's Allocated
/// column is the bytes allocated per activation, runtime included; the Retained column is what stays on the heap per
/// live activation (a full collection before and after, measured in the host process).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RetainedConfig))]
public class ActivationBenchmarks
{
    public const int Activations = 1_750;

    private SyntheticCouncil _council = null!;

    [GlobalSetup]
    public void Setup() => _council = new SyntheticCouncil(Activations);

    [Benchmark(OperationsPerInvoke = Activations)]
    public int ActivateMemberGrains()
    {
        var runtime = SyntheticCouncil.NewRuntime();
        runtime.RunAsync(_council.ActivateMembersAsync).GetAwaiter().GetResult();
        runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return Activations;
    }

    /// <summary>Bytes that stay on the heap per live activation: a runtime with every member active, against none.</summary>
    public static double RetainedBytesPerActivation()
    {
        var council = new SyntheticCouncil(Activations);
        var warm = SyntheticCouncil.NewRuntime();
        warm.RunAsync(council.ActivateMembersAsync).GetAwaiter().GetResult();
        warm.DisposeAsync().AsTask().GetAwaiter().GetResult();

        var runtime = SyntheticCouncil.NewRuntime();
        runtime.RunAsync(_ => Task.CompletedTask).GetAwaiter().GetResult();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        runtime.RunAsync(council.ActivateMembersAsync).GetAwaiter().GetResult();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(runtime);
        GC.KeepAlive(council);
        runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return (after - before) / (double)Activations;
    }
}
