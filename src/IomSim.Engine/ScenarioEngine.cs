using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Funding;
using IomSim.Engine.Results;
using IomSim.Engine.Telemetry;
using IomSim.Grains;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>
/// Runs a scenario once or many times on the grains: the runs are split into batches, each played on a lane of grains
/// (the Council asks each member once per item for the whole batch), and as many batches go at once as the caller asks
/// for. A run's outcome is a pure function of (scenario, seed, run index): the batch size, the number of lanes and the
/// silos they run on change nothing (tested byte for byte).
/// </summary>
/// <param name="world">The seeded world.</param>
/// <param name="grains">Where the grains are reached: the process's embedded silo unless a test or a cluster client says otherwise.</param>
public sealed class ScenarioEngine(World world, IGrainFactory? grains = null)
{
    /// <summary>The most runs in one batch.</summary>
    public const int MaxBatchSize = 256;

    /// <summary>Runs per batch; unset, enough batches to keep every lane busy, at most <see cref="MaxBatchSize"/> runs each.</summary>
    public int? BatchSize { get; init; }

    /// <summary>How a batch whose silo failed is played again (a cluster client's); null (embedded): no failure is replayed.</summary>
    public Hosting.BatchReplay? Replay { get; init; }

    /// <summary>The program version written into results.</summary>
    public static string Version { get; } = typeof(ScenarioEngine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>
    /// What the scenario reader cannot check without playing: every budget year has data in the seeds, and every
    /// donor and group a funding change names exists.
    /// </summary>
    /// <exception cref="FundingSetupException">The scenario asks for funding the seeds cannot give.</exception>
    public void Check(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        FundingCheck.Check(world, scenario);
    }

    /// <summary>Runs <paramref name="runs"/> runs of the scenario with <paramref name="seed"/>, and summarises them.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="runs">How many runs (at least 1).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="parallelism">How many runs at once (at least 1).</param>
    /// <param name="progress">Told the number of runs finished so far.</param>
    /// <param name="runPlayed">
    /// Given each run's results (its items' in timeline order, and its budget years) as soon as the run is played, on the
    /// thread that played it, in no particular order (to store runs while others play).
    /// </param>
    /// <param name="cancellationToken">Stops starting new runs.</param>
    /// <exception cref="FundingSetupException">The scenario asks for funding the seeds cannot give.</exception>
    public ScenarioResult Run(
        Scenario scenario,
        int runs,
        ulong seed,
        int parallelism,
        IProgress<int>? progress = null,
        Action<RunResults>? runPlayed = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        Check(scenario);
        using var span = EngineTelemetry.ScenarioStarted(scenario.Id, seed, runs);
        var stage = new ScenarioStage(world, scenario);
        var played = new PlayedRun[runs];
        var budgetYears = new ImmutableArray<BudgetYearRun>[runs];
        var finished = 0;
        var size = BatchSize ?? Math.Clamp(runs / (parallelism * 4), 1, MaxBatchSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(BatchSize));
        var batches = (runs + size - 1) / size;
        var play = Plays.Next();
        var next = -1;
        var silo = grains ?? Hosting.EmbeddedSilo.Shared.Grains;

        // Each lane takes the next batch until none is left: which lane plays which batch changes no result.
        async Task LaneAsync()
        {
            using var worker = new RunWorker(silo);
            int index;
            while (!cancellationToken.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < batches)
            {
                var batch = new RunBatch(play, seed, index * size, Math.Min(size, runs - (index * size)));
                PlayedRun[] results;
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        using (EngineTelemetry.RunStarted(scenario.Id, batch.First))
                        {
                            results = await ScenarioRun.PlayAsync(worker.Grains, stage, worker.KeyFor(stage.Organisation), batch).ConfigureAwait(false);
                        }

                        break;
                    }
                    catch (Exception error) when (Replay is not null && Hosting.BatchReplay.IsClusterFailure(error))
                    {
                        await Replay.BeforeReplayAsync(error, attempt, $"runs {batch.First + 1}-{batch.First + batch.Count}").ConfigureAwait(false);
                        // A new play on a fresh lane: the old lane's grains may still be busy with the failed play's calls.
                        worker.MoveToFreshLane();
                        batch = batch with { Play = Plays.Next() };
                    }
                }

                for (var p = 0; p < results.Length; p++)
                {
                    var run = batch.First + p;
                    played[run] = results[p];
                    EngineTelemetry.RunFinished(scenario.Id, results[p].Events.Length);
                    budgetYears[run] = BudgetYearMeasures.Of(results[p], world.Funding);
                    runPlayed?.Invoke(new RunResults(run, [.. results[p].Events.Select(e => e.Run)], budgetYears[run]));
                    progress?.Report(Interlocked.Increment(ref finished));
                }
            }
        }

        Task.WhenAll(Enumerable.Range(0, Math.Min(parallelism, batches)).Select(_ => Task.Run(LaneAsync, CancellationToken.None))).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();

        var events = played[0].Events.Select((first, index) => EventSummary.Of(
            first.Entry,
            first.Session,
            [.. played.Select(p => p.Events[index].Run)],
            first.Entry.Documented is { } id ? world.Outcomes.GetValueOrDefault(id) : null) with
        {
            Inputs = stage.InputsOf(first.Entry, first.Session.Date),
        }).ToImmutableArray();
        var funding = played[0].Funding.Select((first, index) => FundingSummary.Of(
            first.Year,
            [.. played.Select(p => p.Funding[index])],
            world.Funding)).ToImmutableArray();
        return new ScenarioResult(scenario.Id, scenario.Title, seed, runs, Version, scenario.Source.ContentHash, scenario.World.Calibrated, events)
        {
            Funding = funding,
            BudgetYearRuns = [.. budgetYears.SelectMany(years => years)],
            ParametersLabel = scenario.World.Calibration?.Label,
        };
    }
}
