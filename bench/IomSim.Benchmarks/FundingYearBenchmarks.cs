using BenchmarkDotNet.Attributes;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;
using IomSim.Seeds;

namespace IomSim.Benchmarks;

/// <summary>
/// A whole run of <c>scenarios/funding-2021.yaml</c> on the embedded silo, per run: the budget vote, then the year's
/// money through the Administration, member-state, contributor and project grains (assessments, payments, pledges,
/// closing the projects). No direct loop exists to set beside it; the figure is reported per run.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class FundingYearBenchmarks
{
    private const int Runs = 200;

    private ScenarioEngine _engine = null!;
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        var world = SeedLoader.Load(RepositoryFiles.Combine("seeds"));
        _scenario = ScenarioReader.Read(RepositoryFiles.Combine("scenarios", "funding-2021.yaml"), world);
        _engine = new ScenarioEngine(world);
        if (_engine.Run(_scenario, 1, _scenario.Seed, 1).Funding.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException("funding-2021 played no budget year: the benchmark would not measure one.");
        }
    }

    [Benchmark(OperationsPerInvoke = Runs)]
    public int FundingYear() => _engine.Run(_scenario, Runs, _scenario.Seed, 2).Runs;
}
