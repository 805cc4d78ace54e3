using BenchmarkDotNet.Attributes;
using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Results;
using IomSim.Scenarios;
using IomSim.Seeds;

namespace IomSim.Benchmarks;

/// <summary>
/// Storing runs into a fresh SQLite results file: 2,000 runs of scenarios/russia-2020.yaml (both of its items, 173
/// votes and reasons each), played once in the set-up. The baseline stores each run in a transaction of its own, as
/// every store did before the sixth round (but with its statements and JSON); the others store a whole result in
/// batches, as the web page does, and hand runs to a writer thread, as <c>iomsim run</c> and <c>iomsim sweep</c> do.
/// Each operation is one run, so the mean is the time per stored run.
/// </summary>
[MemoryDiagnoser]
public class ResultsStoreBenchmarks
{
    private const int Runs = 2_000;

    private ScenarioResult _result = null!;
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var world = SeedLoader.Load(RepositoryFiles.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryFiles.Combine("scenarios", "russia-2020.yaml"), world);
        _result = new ScenarioEngine(world).Run(scenario, Runs, scenario.Seed, 2);
        _folder = Directory.CreateTempSubdirectory("iomsim-store-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Runs)]
    public int OneTransactionPerRun() => Store(store =>
    {
        foreach (var run in StoredRuns.From(_result))
        {
            store.Save(run);
        }
    });

    /// <summary>A whole result, as the web page stores it: <see cref="IResultsStore.Save(ScenarioResult)"/>, 500 runs per transaction.</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public int Batches() => Store(store => store.Save(_result));

    /// <summary>As <c>iomsim sweep</c> stores: two threads hand each run to a <see cref="ResultsWriter"/> as if it had just been played.</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public int Writer() => Store(store =>
    {
        using var writer = new ResultsWriter(store);
        Parallel.ForEach(StoredRuns.From(_result), new ParallelOptions { MaxDegreeOfParallelism = 2 }, writer.Add);
        writer.Complete();
    });

    private int Store(Action<ResultsStore> save)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        using (var store = new ResultsStore(path))
        {
            save(store);
        }

        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.Delete(file);
        }

        return Runs;
    }
}
