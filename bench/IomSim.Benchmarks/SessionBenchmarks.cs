using BenchmarkDotNet.Attributes;
using IomSim.Domain.Procedure;
using IomSim.Engine;
using IomSim.Testing;
using Orleans.TestingHost;

namespace IomSim.Benchmarks;

/// <summary>
/// Runs per second of the Russia 2020 admission item (173 member grains: consensus round, formal vote, tally) across
/// both cores, side by side in one run: the direct loop of the decision model over plain arrays (the baseline), the
/// engine on the embedded Orleans silo with its batches (each member asked once per item for a batch of runs), the same
/// engine on a 3-silo in-process cluster reached through a client, and the engine at one run per call (the reference
/// the batching is measured against). Each operation is one run, so the mean is the time per run and the ratio is the
/// grains' cost over the direct loop's. The programs' server GC is used throughout, as the CLI uses it.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class SessionBenchmarks
{
    /// <summary>Runs per invocation: enough for both cores to stay busy and the summary to be a sweep's.</summary>
    private const int Runs = 4_000;

    /// <summary>Runs per invocation at one run per call, fewer because each takes far longer.</summary>
    private const int OneRunPerCallRuns = 400;

    private const int Parallelism = 2;

    private RussiaSession _session = null!;
    private ScenarioEngine _engine = null!;
    private ScenarioEngine _oneRunPerCall = null!;
    private InProcessTestCluster _cluster = null!;
    private ScenarioEngine _threeSilos = null!;

    [GlobalSetup]
    public void Setup()
    {
        _session = RussiaSession.Load();
        _engine = new ScenarioEngine(_session.World);
        _oneRunPerCall = new ScenarioEngine(_session.World) { BatchSize = 1 };
        _cluster = TestClusters.StartAsync(3).GetAwaiter().GetResult();
        _threeSilos = new ScenarioEngine(_session.World, _cluster.Client);

        // Every side must decide the same item: the first run's tally is the direct loop's on each.
        var direct = AgendaItemProcedure.Run(_session.Motion, _session.Roster, _session.Model, _session.Scenario.Seed, 0);
        foreach (var (name, engine) in new[] { ("embedded", _engine), ("one run per call", _oneRunPerCall), ("3 silos", _threeSilos) })
        {
            var grains = engine.Run(_session.Scenario, 1, _session.Scenario.Seed, 1).Events[0];
            if (grains.Runs[0].Tally != direct.Tally)
            {
                throw new InvalidOperationException($"The grains ({name}: {grains.Runs[0].Tally}) and the direct loop ({direct.Tally}) disagree on run 0.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Runs)]
    public int DirectLoop()
    {
        var adopted = 0;
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, run =>
        {
            var result = AgendaItemProcedure.Run(_session.Motion, _session.Roster, _session.Model, _session.Scenario.Seed, run);
            if (result.Outcome == ItemOutcome.AdoptedByVote)
            {
                Interlocked.Increment(ref adopted);
            }
        });
        return adopted;
    }

    [Benchmark(OperationsPerInvoke = Runs)]
    public int Grains() => _engine.Run(_session.Scenario, Runs, _session.Scenario.Seed, Parallelism).Runs;

    [Benchmark(OperationsPerInvoke = Runs)]
    public int ThreeSilos() => _threeSilos.Run(_session.Scenario, Runs, _session.Scenario.Seed, Parallelism).Runs;

    [Benchmark(OperationsPerInvoke = OneRunPerCallRuns)]
    public int OneRunPerCall() => _oneRunPerCall.Run(_session.Scenario, OneRunPerCallRuns, _session.Scenario.Seed, Parallelism).Runs;
}
