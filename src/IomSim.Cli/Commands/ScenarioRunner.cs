using IomSim.Cli.Inputs;
using IomSim.Cli.Rendering;
using IomSim.Engine;
using IomSim.Results;
using IomSim.Results.Postgres;

namespace IomSim.Cli.Commands;

/// <summary>What <c>run</c> and <c>compare</c> share: load the world, read the scenario, run it, store every run.</summary>
internal static class ScenarioRunner
{
    /// <summary>Runs the scenario as <paramref name="request"/> says; <paramref name="defaultRuns"/> chooses the runs when none were asked for.</summary>
    public static ScenarioReport Run(ScenarioRequest request, Func<int, int> defaultRuns, CliConsole console, CancellationToken cancellationToken)
    {
        var location = ResultsStoreLocation.Resolve(request.Store, console.Environment(ResultsStoreLocation.EnvironmentVariable));
        var world = SeedsFolder.Load(request.Seeds);
        var scenario = ScenarioFile.Read(request.Scenario, world);
        CheckAgainstSeeds(request.Scenario, scenario, world);
        var runs = request.Runs ?? defaultRuns(scenario.Runs);

        // The store is checked before any run, so a bad one fails at once and costs no simulation; a new file is
        // created only when there are runs to store.
        location.Check();

        var progress = new RunProgress(console, runs, TimeProvider.System);
        Engine.Results.ScenarioResult result;
        try
        {
            result = new ScenarioEngine(world).Run(scenario, runs, request.Seed ?? scenario.Seed, request.Parallel, progress, cancellationToken);
        }
        finally
        {
            progress.Finish();
        }

        using var store = location.Open();
        Store(result, store, console);
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

    // Every run goes into the results file, one transaction each; runs stored before under the same scenario content,
    // seed and index are compared first (their results, whatever program version stored them), so a re-run says
    // whether it reproduced them.
    private static void Store(Engine.Results.ScenarioResult result, IResultsStore store, CliConsole console)
    {
        var earlier = store.Load(result.ContentHash, result.Seed, result.Runs).ToDictionary(r => r.RunIndex);
        var runs = StoredRuns.From(result);
        var again = runs.Where(r => earlier.ContainsKey(r.RunIndex)).ToArray();
        var differ = again.Where(r => !earlier[r.RunIndex].Events.SequenceEqual(r.Events)).ToArray();
        foreach (var run in runs)
        {
            store.Save(run);
        }

        var note = again.Length == 0 ? string.Empty
            : differ.Length > 0 ? $"; {differ.Length} of the {again.Length} stored before differ (stored by iomsim {earlier[differ[0].RunIndex].Version}) and were replaced"
            : again.Length < runs.Length ? $"; {again.Length} of them {(again.Length == 1 ? "was" : "were")} stored before and reproduced exactly"
            : runs.Length == 1 ? "; it was stored before and reproduced exactly"
            : $"; all {runs.Length} were stored before and reproduced exactly";
        console.Error.WriteLine($"stored {runs.Length} {(runs.Length == 1 ? "run" : "runs")} in {store.Location}{note}");
    }
}
