using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Grains;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>
/// Plays a scenario one run at a time, for callers that keep each run as it finishes (a sweep streaming into the
/// results store), and summarises any set of runs as <see cref="ScenarioEngine.Run"/> does. A run is the same as the
/// engine's run with the same seed and index.
/// </summary>
public sealed class ScenarioPlayer
{
    private readonly World _world;
    private readonly ScenarioStage _stage;

    /// <summary>A player of <paramref name="scenario"/> in <paramref name="world"/>.</summary>
    /// <exception cref="Funding.FundingSetupException">The scenario asks for funding the seeds cannot give.</exception>
    public ScenarioPlayer(World world, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(scenario);
        new ScenarioEngine(world).Check(scenario);
        _world = world;
        _stage = new ScenarioStage(world, scenario);
        Items = [.. scenario.Timeline.SelectMany(session => session.Items.Select(entry => (entry, session)))];
    }

    /// <summary>The agenda items in timeline order, with their sessions: the order of every run's results.</summary>
    public ImmutableArray<(AgendaEntry Entry, Session Session)> Items { get; }

    /// <summary>Plays run <paramref name="run"/> with <paramref name="seed"/> on a lane of its own; returns each item's result in timeline order.</summary>
    public ImmutableArray<EventRun> Play(ulong seed, int run)
    {
        using var worker = new RunWorker();
        return Play(worker, seed, run);
    }

    /// <summary>The same run as <see cref="Play(ulong, int)"/>, played on <paramref name="worker"/>'s lane.</summary>
    public ImmutableArray<EventRun> Play(RunWorker worker, ulong seed, int run) => PlayBatch(worker, seed, run, 1)[0];

    /// <summary>
    /// Runs <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 as one batch on
    /// <paramref name="worker"/>'s lane: each the same as <see cref="Play(ulong, int)"/> would give it.
    /// </summary>
    public ImmutableArray<ImmutableArray<EventRun>> PlayBatch(RunWorker worker, ulong seed, int first, int count) =>
        [.. PlayRuns(worker, seed, first, count).Select(r => r.Events)];

    /// <summary>The same runs as <see cref="PlayBatch"/>, each with its budget years too.</summary>
    public ImmutableArray<RunResults> PlayRuns(RunWorker worker, ulong seed, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var batch = new RunBatch(Plays.Next(), seed, first, count);
        var played = ScenarioRun.PlayAsync(worker.Grains, _stage, worker.KeyFor(_stage.Organisation), batch).GetAwaiter().GetResult();
        return [.. played.Select((p, i) => new RunResults(first + i, [.. p.Events.Select(e => e.Run)], Funding.BudgetYearMeasures.Of(p, _world.Funding)))];
    }

    /// <summary>
    /// The same runs as <see cref="PlayRuns"/> (what the results store keeps), each also with its budget years reduced to
    /// the catalogue's measures (what a sweep's summary reads): one play for both.
    /// </summary>
    public ImmutableArray<(RunResults Run, Measures.MeasuredRun Measured)> PlayRunsMeasured(RunWorker worker, ulong seed, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var batch = new RunBatch(Plays.Next(), seed, first, count);
        var played = ScenarioRun.PlayAsync(worker.Grains, _stage, worker.KeyFor(_stage.Organisation), batch).GetAwaiter().GetResult();
        return [.. played.Select((p, i) =>
        {
            ImmutableArray<EventRun> events = [.. p.Events.Select(e => e.Run)];
            return (
                new RunResults(first + i, events, Funding.BudgetYearMeasures.Of(p, _world.Funding)),
                new Measures.MeasuredRun(events, [.. p.Funding.Select(year => Measures.MeasureCatalogue.Of(year, _world.Funding))]));
        })];
    }

    /// <summary>Summarises runs (each a result per item in timeline order) item by item, as the engine does.</summary>
    public ImmutableArray<EventResult> Summarise(IReadOnlyList<ImmutableArray<EventRun>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        return [.. Items.Select((item, index) => EventSummary.Of(
            item.Entry,
            item.Session,
            [.. runs.Select(r => r[index])],
            item.Entry.Documented is { } id ? _world.Outcomes.GetValueOrDefault(id) : null) with
        {
            Inputs = _stage.InputsOf(item.Entry, item.Session.Date),
        })];
    }
}
