using IomSim.Cli.Rendering;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;
using IomSim.Seeds;
using IomSim.Testing;

namespace IomSim.Cli.Tests.Determinism;

/// <summary>
/// A run's result is a pure function of (scenario, seed, run) on Orleans: the JSON output is the same byte for byte
/// whatever the batch size, the number of workers, and whether the grains sit on the embedded silo or spread over a
/// three-silo cluster reached through a client. Scenarios with an admission and acceptance, arrears, and budget years,
/// so every kind of per-run state a grain keeps is exercised.
/// </summary>
public sealed class OrleansDeterminismTests(ThreeSiloCluster cluster) : IClassFixture<ThreeSiloCluster>
{
    private static readonly Lazy<World> s_world = new(() => SeedLoader.Load(RepositoryRoot.Combine("seeds")));

    public static TheoryData<string, int> Plays => new()
    {
        { "russia-2020.yaml", 24 },
        { "russia-2020-ukraine-in-arrears.yaml", 12 },
        { "funding-2021.yaml", 4 },
    };

    [Theory]
    [MemberData(nameof(Plays))]
    public void Batch_sizes_workers_and_silos_change_no_byte_of_the_JSON(string file, int runs)
    {
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", file), s_world.Value);
        var played = new ScenarioEngine(s_world.Value) { BatchSize = 1 }.Run(scenario, runs, scenario.Seed, 1);
        var reference = ResultJson.Render(new ScenarioReport(scenario, played, s_world.Value));

        Assert.Equal(reference, Json(scenario, new ScenarioEngine(s_world.Value) { BatchSize = 16 }, runs, parallelism: 1));
        Assert.Equal(reference, Json(scenario, new ScenarioEngine(s_world.Value) { BatchSize = 256 }, runs, parallelism: 1));
        Assert.Equal(reference, Json(scenario, new ScenarioEngine(s_world.Value) { BatchSize = 3 }, runs, parallelism: 2));
        Assert.Equal(3, cluster.Silos);
        Assert.Equal(reference, Json(scenario, new ScenarioEngine(s_world.Value, cluster.Client) { BatchSize = 1 }, runs, parallelism: 2));
        Assert.Equal(reference, Json(scenario, new ScenarioEngine(s_world.Value, cluster.Client) { BatchSize = 16 }, runs, parallelism: 2));

        // The runs differ from one another: equal outputs are not those of a constant.
        var perRun = Enumerable.Range(0, runs).Select(run => string.Join(
            ";",
            played.Events.Select(e => string.Join(",", e.Runs[run].Votes.Select(v => v.Value)))));
        Assert.True(perRun.Distinct().Count() > 1);
    }

    private static string Json(Scenario scenario, ScenarioEngine engine, int runs, int parallelism) =>
        ResultJson.Render(new ScenarioReport(scenario, engine.Run(scenario, runs, scenario.Seed, parallelism), s_world.Value));
}
