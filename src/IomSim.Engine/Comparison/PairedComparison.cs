using System.Collections.Immutable;
using IomSim.Engine.Measures;
using IomSim.Engine.Results;
using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Comparison;

/// <summary>
/// A counterfactual against its baseline run by run (common random numbers): for every catalogue measure of every
/// item both play (matched by id) and every budget year both play, the paired change with its 95% interval and a sign
/// test. Both must have been played with the same seed; runs are paired by index.
/// </summary>
public static class PairedComparison
{
    /// <summary>The paired changes, items first in the counterfactual's order, then budget years.</summary>
    /// <exception cref="ArgumentException">The two were played with different seeds: their runs do not pair.</exception>
    public static ImmutableArray<PairedChange> Of(ScenarioResult baseline, ScenarioResult counterfactual)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(counterfactual);
        if (baseline.Seed != counterfactual.Seed)
        {
            throw new ArgumentException($"The baseline was played with seed {baseline.Seed} and the counterfactual with {counterfactual.Seed}: runs pair only on the same seed.", nameof(baseline));
        }

        var changes = ImmutableArray.CreateBuilder<PairedChange>();
        foreach (var item in counterfactual.Events)
        {
            if (baseline.Events.FirstOrDefault(e => e.Id == item.Id) is not { } before)
            {
                continue;
            }

            var runsBefore = before.Runs.ToDictionary(r => r.Run);
            foreach (var measure in MeasureCatalogue.Item)
            {
                var pairs = item.Runs
                    .Where(r => runsBefore.ContainsKey(r.Run))
                    .Select(r => (Before: MeasureCatalogue.ValueOf(measure, before.Kind, runsBefore[r.Run]), After: MeasureCatalogue.ValueOf(measure, item.Kind, r)))
                    .Where(p => p.Before is not null && p.After is not null)
                    .Select(p => (p.Before!.Value, p.After!.Value))
                    .ToArray();
                if (pairs.Length > 0)
                {
                    changes.Add(Change(item.Id, measure, pairs));
                }
            }
        }

        foreach (var year in counterfactual.Funding)
        {
            if (baseline.Funding.FirstOrDefault(y => y.Year == year.Year) is not { } before)
            {
                continue;
            }

            var runsBefore = before.PerRun.ToDictionary(r => r.Run);
            for (var m = 0; m < MeasureCatalogue.BudgetYear.Length; m++)
            {
                var pairs = year.PerRun
                    .Where(r => runsBefore.ContainsKey(r.Run))
                    .Select(r => (runsBefore[r.Run].Values[m], r.Values[m]))
                    .ToArray();
                if (pairs.Length > 0)
                {
                    changes.Add(Change(MeasureCatalogue.YearSection(year.Year), MeasureCatalogue.BudgetYear[m], pairs));
                }
            }
        }

        return changes.ToImmutable();
    }

    /// <summary>The paired change of one measure over (baseline, counterfactual) pairs of runs.</summary>
    public static PairedChange Change(string section, MeasureDefinition measure, IReadOnlyList<(double Baseline, double Counterfactual)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfZero(pairs.Count);
        var differences = pairs.Select(p => p.Counterfactual - p.Baseline).ToArray();
        var up = differences.Count(d => d > 0);
        var down = differences.Count(d => d < 0);
        return new PairedChange(
            section,
            measure,
            pairs.Count,
            pairs.Average(p => p.Baseline),
            pairs.Average(p => p.Counterfactual),
            ConfidenceIntervals.Mean(differences),
            up,
            down,
            SignTest.TwoSided(up, down));
    }
}
