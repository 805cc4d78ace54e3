using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Funding;
using IomSim.Engine.Results;
using IomSim.Engine.Telemetry;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>
/// Runs a scenario once or many times. Each run is an independent grain runtime on the deterministic scheduler, so
/// runs go in parallel, one per core, and a run's outcome is a pure function of (scenario, seed, run index).
/// </summary>
public sealed class ScenarioEngine(World world)
{
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
    /// Given each run's index and its items' results in timeline order as soon as the run is played, on the thread that
    /// played it, in no particular order (to store runs while others play).
    /// </param>
    /// <param name="cancellationToken">Stops starting new runs.</param>
    /// <exception cref="FundingSetupException">The scenario asks for funding the seeds cannot give.</exception>
    public ScenarioResult Run(
        Scenario scenario,
        int runs,
        ulong seed,
        int parallelism,
        IProgress<int>? progress = null,
        Action<int, ImmutableArray<EventRun>>? runPlayed = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        Check(scenario);
        using var span = EngineTelemetry.ScenarioStarted(scenario.Id, seed, runs);
        var stage = new ScenarioStage(world, scenario);
        var played = new PlayedRun[runs];
        var finished = 0;

        // One runtime per worker, reset between its runs: a run's outcome depends only on (scenario, seed, run), never
        // on which worker played it or what it played before (tested on one thread and on two).
        Parallel.For(
            0,
            runs,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            () => new RunWorker(),
            (run, _, worker) =>
            {
                using (EngineTelemetry.RunStarted(scenario.Id, run))
                {
                    played[run] = ScenarioRun.Play(worker.Runtime, stage, seed, run);
                }

                EngineTelemetry.RunFinished(scenario.Id, played[run].Events.Length);
                runPlayed?.Invoke(run, [.. played[run].Events.Select(e => e.Run)]);
                progress?.Report(Interlocked.Increment(ref finished));
                return worker;
            },
            worker => worker.Dispose());

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
            ParametersLabel = scenario.World.Calibration?.Label,
        };
    }
}
