using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Testing;
using IomSim.Scenarios;
using IomSim.Seeds;

namespace IomSim.Results.Tests;

/// <summary>The product's promise, checked through the store: the same scenario and seed reproduce the stored runs exactly.</summary>
public sealed class ReproductionTests
{
    [Fact]
    public void Rerunning_the_Russia_2020_replay_with_the_same_seed_reproduces_the_stored_runs_exactly()
    {
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"), world);
        using var file = new TemporaryDatabase();

        var first = new ScenarioEngine(world).Run(scenario, runs: 12, seed: 2020, parallelism: 4);
        using (var store = new ResultsStore(file.FilePath))
        {
            store.Save(first);
        }

        // Another engine, one thread instead of four, and the file opened afresh.
        var again = new ScenarioEngine(world).Run(scenario, runs: 12, seed: 2020, parallelism: 1);
        using var reopened = new ResultsStore(file.FilePath);
        var stored = reopened.Load(scenario.Source.ContentHash, 2020);

        Assert.Equal(12, stored.Length);
        Assert.Equal<StoredRun>(StoredRuns.From(again), stored);
        Assert.All(stored, run => Assert.Equal("adopted-by-vote", run.Events[0].Outcome));
    }

    [Fact]
    public void Another_seed_gives_other_runs()
    {
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"), world);

        var one = StoredRuns.From(new ScenarioEngine(world).Run(scenario, runs: 3, seed: 1, parallelism: 1));
        var other = StoredRuns.From(new ScenarioEngine(world).Run(scenario, runs: 3, seed: 2, parallelism: 1));

        Assert.NotEqual(one.Select(r => r.Events[0]), other.Select(r => r.Events[0]));
    }

    [Fact]
    public void Runs_stored_as_they_are_played_are_the_runs_of_the_result()
    {
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"), world);
        var template = StoredRunTemplate.For(scenario, scenario.Source.ContentHash, 2020);
        using var file = new TemporaryDatabase();
        using var store = new ResultsStore(file.FilePath);
        var handed = new System.Collections.Concurrent.ConcurrentBag<int>();

        ScenarioResult result;
        using (var writer = new ResultsWriter(store))
        {
            result = new ScenarioEngine(world).Run(scenario, runs: 30, seed: 2020, parallelism: 2, runPlayed: run =>
            {
                handed.Add(run.Run);
                writer.Add(template.Of(run));
            });
            Assert.Equal(30, writer.Complete());
        }

        Assert.Equal(Enumerable.Range(0, 30), handed.Order());
        Assert.Equal<StoredRun>(StoredRuns.From(result), store.Load(scenario.Source.ContentHash, 2020));
    }
}
