using System.Collections.Immutable;
using System.Globalization;
using IomSim.Scenarios.Model;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Engine.Calibration;

/// <summary>
/// Fits parameters to the record: Nelder–Mead (MathNet) over each parameter mapped to its bounds by a logistic, the
/// objective (<see cref="CalibrationObjective"/>) evaluated with a fixed seed and a fixed number of runs, so that it
/// is a deterministic function of the parameters (common random numbers).
/// </summary>
/// <param name="world">The seeded world.</param>
/// <param name="engine">The engine the evaluations run on (a cluster client's), or null for the embedded silo.</param>
public sealed class Calibrator(SeedWorld world, ScenarioEngine? engine = null)
{
    // Start-simplex step in the unbounded coordinates: large enough to step off a plateau of the step-shaped objective.
    private const double Step = 0.6;

    private const double ConvergenceTolerance = 1e-3;

    private readonly ScenarioEngine _engine = engine ?? new(world);

    /// <summary>Fits <see cref="CalibrationRequest.Parameters"/> to the fitted scenarios and reports every scenario before and after.</summary>
    /// <param name="request">What to fit on what.</param>
    /// <param name="progress">Told the number of evaluations so far.</param>
    /// <param name="cancellationToken">Stops the search between runs.</param>
    /// <exception cref="ArgumentException">No parameter to fit, a parameter twice, or nothing on record in the fitted scenarios.</exception>
    public CalibrationResult Fit(CalibrationRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Parameters;
        if (parameters.IsEmpty || parameters.Select(p => p.Name).Distinct().Count() != parameters.Length)
        {
            throw new ArgumentException("Give at least one parameter to fit, each once.", nameof(request));
        }

        if (request.ScoredEvents is { IsEmpty: true })
        {
            throw new ArgumentException("Give at least one documented event to fit to.", nameof(request));
        }

        if (request.Fitted.IsEmpty)
        {
            throw new ArgumentException("Give at least one scenario to fit to.", nameof(request));
        }

        var start = parameters.Select(p => p.ValueIn(request.Fitted[0].World, world)).ToArray();
        var entered = new SortedDictionary<string, DateOnly>(StringComparer.Ordinal);
        ImmutableArray<ItemScore> Scored(Scenario scenario)
        {
            var scores = Scores(scenario, request, cancellationToken).Where(s => request.ScoredEvents?.Contains(s.Event) ?? true).ToImmutableArray();
            foreach (var score in scores)
            {
                entered[score.Event] = score.Date;
            }

            return scores;
        }

        var cache = new Dictionary<string, double>(StringComparer.Ordinal);
        var best = (Point: start, Value: double.PositiveInfinity);
        double Objective(Vector<double> z)
        {
            var values = parameters.Select((p, i) => Bounded(p, z[i])).ToArray();
            var key = string.Join(' ', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            if (!cache.TryGetValue(key, out var value))
            {
                value = CalibrationObjective.Mean(request.Fitted.SelectMany(s => Scored(With(s, parameters, values))));
                cache[key] = value;
                progress?.Report(cache.Count);

                // Ties keep the earlier point, so the answer does not depend on anything but the order of the search.
                if (value < best.Value)
                {
                    best = (values, value);
                }
            }

            return value;
        }

        var initial = Vector<double>.Build.DenseOfArray([.. parameters.Select((p, i) => Unbounded(p, start[i]))]);
        var steps = Vector<double>.Build.Dense(parameters.Length, Step);
        try
        {
            new NelderMeadSimplex(ConvergenceTolerance, request.MaxEvaluations).FindMinimum(ObjectiveFunction.Value(Objective), initial, steps);
        }
        catch (MaximumIterationsException)
        {
            // The best point seen so far is the answer; the report says how many evaluations were made.
        }

        // Rounded as the calibration file writes them, so that a scenario including the file gives the "after" figures.
        var fitted = best.Point.Select(v => Math.Round(v, CalibrationFile.Decimals)).ToArray();
        var reports = request.Fitted.Select(s => (Scenario: s, HeldOut: false))
            .Concat(request.HeldOut.Select(s => (Scenario: s, HeldOut: true)))
            .Select(x => new ScenarioFit(
                x.Scenario.Id,
                x.HeldOut,
                Reported(x.Scenario, x.HeldOut),
                Reported(With(x.Scenario, parameters, fitted), x.HeldOut)))
            .ToImmutableArray();
        var fit = reports.Where(r => !r.HeldOut).ToArray();
        var held = reports.Where(r => r.HeldOut).ToArray();
        return new CalibrationResult(
            [.. parameters.Select((p, i) => new FittedValue(p.Name, start[i], fitted[i]))],
            [.. request.Fitted.Select(s => s.Id)],
            [.. request.HeldOut.Select(s => s.Id)],
            CalibrationObjective.Mean(fit.SelectMany(r => r.Before)),
            CalibrationObjective.Mean(fit.SelectMany(r => r.After)),
            held.Length == 0 ? null : CalibrationObjective.Mean(held.SelectMany(r => r.Before)),
            held.Length == 0 ? null : CalibrationObjective.Mean(held.SelectMany(r => r.After)),
            reports,
            request.Runs,
            request.Seed,
            cache.Count,
            ScenarioEngine.Version)
        {
            FittedEvents = [.. entered.Select(e => new FittedEvent(e.Key, e.Value)).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)],
            PositionsFrom = PositionsSource(world),
        };

        // A fitted scenario is reported on the events it was fitted on; a held-out one on all its documented items.
        ImmutableArray<ItemScore> Reported(Scenario scenario, bool heldOut) =>
            [.. Scores(scenario, request, cancellationToken).Where(s => heldOut || (request.ScoredEvents?.Contains(s.Event) ?? true))];
    }

    /// <summary>Where the seeds' positions come from: the distinct sources of the roll-call estimates.</summary>
    public static string PositionsSource(SeedWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var sources = world.Positions.Values.Where(p => p.Basis == Domain.World.ValueBasis.RollCalls).Select(p => p.Source).Distinct().Order(StringComparer.Ordinal).ToArray();
        return sources.Length == 0 ? "no positions estimated from roll calls" : string.Join("; ", sources);
    }

    /// <summary><paramref name="scenario"/> with the parameters set to <paramref name="values"/>.</summary>
    public static Scenario With(Scenario scenario, IReadOnlyList<FittableParameter> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        var scenarioWorld = scenario.World;
        for (var i = 0; i < parameters.Count; i++)
        {
            scenarioWorld = parameters[i].Apply(scenarioWorld, values[i]);
        }

        return scenario with { World = scenarioWorld };
    }

    private ImmutableArray<ItemScore> Scores(Scenario scenario, CalibrationRequest request, CancellationToken cancellationToken) =>
        CalibrationObjective.Score(_engine.Run(scenario, request.Runs, request.Seed, request.Parallelism, cancellationToken: cancellationToken));

    private static double Bounded(FittableParameter p, double z) => p.Min + ((p.Max - p.Min) * SpecialFunctions.Logistic(z));

    // The start is kept a little inside the bounds, where the logistic can still move it.
    private static double Unbounded(FittableParameter p, double x) =>
        SpecialFunctions.Logit(Math.Clamp((x - p.Min) / (p.Max - p.Min), 1e-3, 1 - 1e-3));
}
