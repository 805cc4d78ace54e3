using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using IomSim.Engine.Hosting;

namespace IomSim.Benchmarks;

/// <summary>
/// The embedded silo's start-up, as every <c>iomsim run</c> pays it once: from nothing to a silo ready for grain calls
/// (its stop is outside the measurement). A cold start per invocation, so a few iterations only.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 1, iterationCount: 8)]
public class SiloStartBenchmarks
{
    private EmbeddedSilo? _silo;

    [Benchmark]
    public EmbeddedSilo Start() => _silo = EmbeddedSilo.Start();

    [IterationCleanup]
    public void Stop()
    {
        _silo?.Dispose();
        _silo = null;
    }
}
