using System.Collections.Immutable;
using IomSim.Engine.Results;
using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Measures;

/// <summary>Every catalogue measure over a set of runs, each with its 95% interval (Wilson for shares of runs, Student's t for means).</summary>
public static class MeasureSummary
{
    /// <summary>
    /// The estimates: per item in timeline order, its measures (those the item has in at least one run); then per budget
    /// year in year order, its measures. <paramref name="runs"/> holds each run's item results in timeline order,
    /// <paramref name="budgetYears"/> each run's budget years (empty without any).
    /// </summary>
    public static ImmutableArray<MeasureEstimate> Of(
        ImmutableArray<(string Id, string Kind)> items,
        IReadOnlyList<ImmutableArray<EventRun>> runs,
        IReadOnlyList<ImmutableArray<BudgetYearMeasures>> budgetYears)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(budgetYears);
        var estimates = ImmutableArray.CreateBuilder<MeasureEstimate>();
        for (var index = 0; index < items.Length; index++)
        {
            var (id, kind) = items[index];
            foreach (var measure in MeasureCatalogue.Item)
            {
                var values = new List<double>(runs.Count);
                foreach (var run in runs)
                {
                    if (MeasureCatalogue.ValueOf(measure, kind, run[index]) is { } value)
                    {
                        values.Add(value);
                    }
                }

                if (values.Count > 0)
                {
                    estimates.Add(new MeasureEstimate(id, measure, values.Count, Estimate(measure, values)));
                }
            }
        }

        foreach (var year in budgetYears.SelectMany(r => r).Select(y => y.Year).Distinct().Order())
        {
            var perRun = budgetYears.SelectMany(r => r).Where(y => y.Year == year).ToArray();
            for (var m = 0; m < MeasureCatalogue.BudgetYear.Length; m++)
            {
                var measure = MeasureCatalogue.BudgetYear[m];
                estimates.Add(new MeasureEstimate(MeasureCatalogue.YearSection(year), measure, perRun.Length, Estimate(measure, [.. perRun.Select(y => y.Values[m])])));
            }
        }

        return estimates.ToImmutable();
    }

    /// <summary>The measure's mean over <paramref name="values"/> with its interval, made as the measure says.</summary>
    public static Interval Estimate(MeasureDefinition measure, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(values);
        if (measure.Interval == IntervalMethod.Wilson && values.Count > 0)
        {
            return ConfidenceIntervals.Wilson(values.Count(v => v > 0.5), values.Count);
        }

        // A t interval can reach past what the measure can be (a share below 0, a count of projects below 0): it is
        // cut at the measure's bounds, which every catalogue measure has (shares and indices 0 to 1, the rest at least 0).
        var mean = ConfidenceIntervals.Mean(values);
        var high = measure.Unit is "share" or "index" ? 1 : double.PositiveInfinity;
        return mean with { Low = Math.Clamp(mean.Low, 0, high), High = Math.Clamp(mean.High, 0, high) };
    }
}
