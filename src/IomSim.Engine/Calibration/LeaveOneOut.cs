using System.Collections.Immutable;
using IomSim.Scenarios.Model;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Engine.Calibration;

/// <summary>
/// Leave-one-out over the documented events of a set of scenarios, in time order: for each event, the parameters are
/// fitted on the events dated strictly before it (the same day counts as not before), and the event is predicted with
/// them. An event with nothing before it is predicted with the stated defaults. The event's own record never enters
/// its fit: the fit's objective only scores the earlier events' items, even where they share a scenario with it.
/// </summary>
/// <param name="world">The seeded world.</param>
/// <param name="engine">Where the runs are played: a cluster's engine, or (null) the embedded silo's.</param>
public sealed class LeaveOneOut(SeedWorld world, ScenarioEngine? engine = null)
{
    private readonly Calibrator _calibrator = new(world, engine);
    private readonly ScenarioEngine _engine = engine ?? new(world);

    /// <summary>One fold per documented event named by the scenarios' items, in date order.</summary>
    /// <param name="request">The scenarios (<see cref="CalibrationRequest.Fitted"/>), parameters, runs, seed, search budget; nothing held out.</param>
    /// <param name="progress">Told the held-out event as each fold starts.</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    public ImmutableArray<LeaveOneOutFold> Run(CalibrationRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var events = Events(request.Fitted);
        var folds = ImmutableArray.CreateBuilder<LeaveOneOutFold>();
        foreach (var (id, date) in events)
        {
            progress?.Report(id);
            var own = request.Fitted.Where(s => Names(s, id)).ToImmutableArray();
            var earlier = events.Where(e => e.Date < date).Select(e => e.Id).ToImmutableHashSet(StringComparer.Ordinal);
            var defaults = Score(own, id, request, cancellationToken);
            if (earlier.IsEmpty)
            {
                folds.Add(new LeaveOneOutFold(id, date, [], null, defaults, defaults));
                continue;
            }

            var training = request.Fitted.Where(s => earlier.Any(e => Names(s, e))).ToImmutableArray();
            var fit = _calibrator.Fit(request with { Fitted = training, HeldOut = [], ScoredEvents = earlier }, null, cancellationToken);
            var values = fit.Values.Select(v => v.After).ToArray();
            var predicted = Score([.. own.Select(s => Calibrator.With(s, request.Parameters, values))], id, request, cancellationToken);
            folds.Add(new LeaveOneOutFold(id, date, fit.FittedEvents, fit, defaults, predicted));
        }

        return folds.ToImmutable();
    }

    /// <summary>The documented events the scenarios' items name, with their dates, in date order (ties by id).</summary>
    public ImmutableArray<(string Id, DateOnly Date)> Events(IEnumerable<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return [.. scenarios
            .SelectMany(s => s.Timeline.SelectMany(session => session.Items))
            .Select(i => i.Documented)
            .OfType<string>()
            .Where(world.Outcomes.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, world.Outcomes[id].Date))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static bool Names(Scenario scenario, string eventId) =>
        scenario.Timeline.Any(session => session.Items.Any(i => i.Documented == eventId));

    private ImmutableArray<ItemScore> Score(ImmutableArray<Scenario> scenarios, string eventId, CalibrationRequest request, CancellationToken cancellationToken) =>
        [.. scenarios.SelectMany(s => CalibrationObjective.Score(_engine.Run(s, request.Runs, request.Seed, request.Parallelism, cancellationToken: cancellationToken)))
            .Where(score => score.Event == eventId)];
}
