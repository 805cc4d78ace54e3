using IomSim.Cli.Inputs;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;
using IomSim.Engine;
using IomSim.Engine.Hosting;
using IomSim.Results;
using IomSim.Results.Postgres;

namespace IomSim.Cli.Commands;

/// <summary>What <c>run</c> and <c>compare</c> share: load the world, read the scenario, run it, store every run.</summary>
internal static class ScenarioRunner
{
    /// <summary>Runs the scenario as <paramref name="request"/> says; <paramref name="defaultRuns"/> chooses the runs when none were asked for.</summary>
    public static ScenarioReport Run(ScenarioRequest request, Func<int, int> defaultRuns, CliConsole console, CancellationToken cancellationToken)
    {
        // Every output is checked before anything is played: a typo costs no simulation.
        OutputCheck.Folder(request.Out, "--out");
        var noStore = request.PerRun.NoStore;
        var location = noStore ? null : ResultsStoreLocation.Resolve(request.Store, console.Environment(ResultsStoreLocation.EnvironmentVariable));
        request.PerRun.Check();

        // The store is checked before any run, so a bad one fails at once and costs no simulation; a run cancelled
        // before it starts creates no file. Cancelled later, it keeps the runs already stored (whole runs, as any).
        OutputCheck.Store(location);
        EmbeddedSilo.StartEarly();
        var world = SeedsFolder.Load(request.Seeds);
        var scenario = ScenarioFile.Read(request.Scenario, world);
        CheckAgainstSeeds(request.Scenario, scenario, world);
        var runs = request.Runs ?? defaultRuns(scenario.Runs);

        cancellationToken.ThrowIfCancellationRequested();
        var seed = request.Seed ?? scenario.Seed;
        using var store = location?.Open();

        // Runs stored before under the same content, seed and index are read first (their results, whatever program
        // version stored them), so a re-run can say whether it reproduced them; then every run is stored as it finishes,
        // while the others play.
        var earlier = store?.Load(scenario.Source.ContentHash, seed, runs).ToDictionary(r => r.RunIndex) ?? [];
        var template = StoredRunTemplate.For(scenario, scenario.Source.ContentHash, seed);
        var progress = new RunProgress(console, runs, TimeProvider.System);
        Engine.Results.ScenarioResult result;
        using (var writer = store is null ? null : new ResultsWriter(store))
        {
            try
            {
                using var cluster = request.Cluster is { } address ? ClusterConnection.Connect(address, console.Error.WriteLine) : null;
                var engine = cluster is null
                    ? new ScenarioEngine(world)
                    : new ScenarioEngine(world, cluster.Grains) { Replay = cluster.Replay };

                // On a cluster, enough lanes to keep every silo busy.
                var parallel = cluster is null ? request.Parallel : Math.Max(request.Parallel, 4 * cluster.Silos);
                Action<Engine.Results.RunResults>? played = writer is null ? null : run => writer.Add(template.Of(run));
                result = engine.Run(scenario, runs, seed, parallel, progress, played, cancellationToken);
            }
            finally
            {
                progress.Finish();
            }

            writer?.Complete();
        }

        if (store is null)
        {
            console.Error.WriteLine($"stored no runs (--no-store)");
        }
        else
        {
            Report(result, earlier, store, console);
        }

        return new ScenarioReport(scenario, result, world);
    }

    /// <summary>What only the seeds can tell about a scenario (its budget years, donors and groups), as input errors.</summary>
    /// <exception cref="InvalidInputException">The scenario asks for funding the seeds cannot give.</exception>
    public static void CheckAgainstSeeds(string path, Scenarios.Model.Scenario scenario, Domain.World.World world)
    {
        try
        {
            new ScenarioEngine(world).Check(scenario);
        }
        catch (Engine.Funding.FundingSetupException error)
        {
            throw new InvalidInputException($"{path}: {error.Message}", error);
        }
    }

    // Whether the runs stored before were reproduced.
    private static void Report(Engine.Results.ScenarioResult result, Dictionary<int, StoredRun> earlier, IResultsStore store, CliConsole console)
    {
        var location = store.Location;
        var runs = StoredRuns.From(result);
        var again = runs.Where(r => earlier.ContainsKey(r.RunIndex)).ToArray();
        var differ = again.Where(r => !SameOutcomes(earlier[r.RunIndex], r)).ToArray();
        var note = again.Length == 0 ? string.Empty
            : differ.Length > 0 ? $"; {differ.Length} of the {again.Length} stored before differ (stored by iomsim {earlier[differ[0].RunIndex].Version}) and were replaced"
            : again.Length < runs.Length ? $"; {again.Length} of them {(again.Length == 1 ? "was" : "were")} stored before and reproduced exactly"
            : runs.Length == 1 ? "; it was stored before and reproduced exactly"
            : $"; all {runs.Length} were stored before and reproduced exactly";
        console.Error.WriteLine($"stored {runs.Length} {(runs.Length == 1 ? "run" : "runs")} in {location}{note}");
        StoreSize.WarnIfLarge(store, console);
    }

    // Runs stored by a program before the store kept dates and budget years are compared on what they kept.
    private static bool SameOutcomes(StoredRun before, StoredRun now) =>
        before.Setting is not null
            ? before.Events.SequenceEqual(now.Events)
            : before.Events.SequenceEqual(now.Events.Select(e => e with { Date = null, BudgetYear = null }));
}
