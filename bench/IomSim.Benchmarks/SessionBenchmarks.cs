using BenchmarkDotNet.Attributes;
using IomSim.Domain.Procedure;
using IomSim.Engine;

namespace IomSim.Benchmarks;

/// <summary>
/// Runs per second of the Russia 2020 admission item (173 member grains: consensus round, formal vote, tally) across
/// both cores: the engine on the deterministic scheduler (a runtime per worker, reset between runs; the item through
/// the Administration, Council and member grains; and the summary) against a direct loop of the same decision model over plain arrays.
/// Each operation is one run, so the mean is the time per run and the ratio is the grains' cost over the direct loop's.
/// </summary>
[MemoryDiagnoser]
public class SessionBenchmarks
{
    /// <summary>Runs per invocation: enough for both cores to stay busy and the summary to be a sweep's.</summary>
    private const int Runs = 4_000;

    private const int Parallelism = 2;

    private RussiaSession _session = null!;
    private ScenarioEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _session = RussiaSession.Load();
        _engine = new ScenarioEngine(_session.World);

        // Both sides must decide the same item: the first run's outcome through the grains is the direct one's.
        var grains = _engine.Run(_session.Scenario, 1, _session.Scenario.Seed, 1).Events[0];
        var direct = AgendaItemProcedure.Run(_session.Motion, _session.Roster, _session.Model, _session.Scenario.Seed, 0);
        if (grains.Runs[0].Tally != direct.Tally)
        {
            throw new InvalidOperationException($"The grains ({grains.Runs[0].Tally}) and the direct loop ({direct.Tally}) disagree on run 0.");
        }
    }

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
}
