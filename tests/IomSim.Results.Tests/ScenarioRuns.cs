using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Scenarios;
using IomSim.Seeds;
using IomSim.Testing;

namespace IomSim.Results.Tests;

/// <summary>Shipped scenarios played once per test run and shared: the engine's results that stores and tables are checked against.</summary>
internal static class ScenarioRuns
{
    private static readonly Lazy<World> s_world = new(() => SeedLoader.Load(RepositoryRoot.Combine("seeds")));
    private static readonly Lazy<ScenarioResult> s_russia = new(() => Play("russia-2020.yaml", runs: 24, seed: 2020));
    private static readonly Lazy<ScenarioResult> s_funding = new(() => Play("funding-2021.yaml", runs: 3, seed: 2021));

    /// <summary>Russia's admission, 24 runs: formal votes with varying tallies.</summary>
    public static ScenarioResult Russia => s_russia.Value;

    /// <summary>The 2021 and 2022 budget years, 3 runs.</summary>
    public static ScenarioResult Funding => s_funding.Value;

    private static ScenarioResult Play(string file, int runs, ulong seed)
    {
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", file), s_world.Value);
        return new ScenarioEngine(s_world.Value).Run(scenario, runs, seed, parallelism: 2);
    }
}
