using IomSim.Engine;
using IomSim.Engine.Funding;
using IomSim.Web.Views;

namespace IomSim.Web.Api;

/// <summary>
/// Runs a request: the shipped scenario with its changes applied, through the same engine and with the same seeds as
/// the CLI, on the dashboard's own silo, one request at a time (the machine is shared); every run is stored.
/// </summary>
internal sealed class RunService(ScenarioCatalog catalog, RunArchive archive, IGrainFactory grains) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Checks <paramref name="request"/>, runs it and describes the result.</summary>
    /// <exception cref="BadRequestException">The request names an unknown scenario, asks for too many runs, or a change is wrong.</exception>
    public async Task<RunView> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var played = await PlayAsync(request, cancellationToken).ConfigureAwait(false);
        return RunViews.From(played.Scenario, played.Result, catalog.World, played.Applied, played.Stored);
    }

    /// <summary>Checks <paramref name="request"/> and runs it: the changed scenario, its runs, the changes in words, how many runs were stored.</summary>
    /// <exception cref="BadRequestException">The request names an unknown scenario, asks for too many runs, or a change is wrong.</exception>
    public async Task<PlayedRun> PlayAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var shipped = catalog.Find(request.Scenario)
            ?? throw new BadRequestException("scenario", $"unknown scenario '{request.Scenario}' (expected an id that GET /api/scenarios lists, such as russia-2020)");
        var runs = request.Runs ?? 1;
        if (runs is < 1 or > ApiLimits.MaxRuns)
        {
            throw new BadRequestException("runs", $"runs is {runs} (expected a whole number from 1 to {ApiLimits.MaxRuns})");
        }

        var (scenario, applied) = ScenarioChanges.Apply(shipped, catalog.World, request.Changes ?? []);
        var engine = new ScenarioEngine(catalog.World, grains);
        try
        {
            engine.Check(scenario);
        }
        catch (FundingSetupException error)
        {
            throw new BadRequestException("changes", error.Message);
        }

        var seed = request.Seed ?? scenario.Seed;
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        Engine.Results.ScenarioResult result;
        try
        {
            result = await Task.Run(() => engine.Run(scenario, runs, seed, Environment.ProcessorCount, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }

        var stored = archive.Save(result);
        return new PlayedRun(scenario, result, applied, stored);
    }

    /// <summary>Releases the gate.</summary>
    public void Dispose() => _oneAtATime.Dispose();
}
