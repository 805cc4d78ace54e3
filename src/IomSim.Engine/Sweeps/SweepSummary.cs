using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;
using MathNet.Numerics.Statistics;

namespace IomSim.Engine.Sweeps;

/// <summary>Summarises a sweep's runs: per setting and item, outcome shares, tallies and pivotal states; over the grid, sensitivity.</summary>
public static class SweepSummary
{
    /// <summary>How many pivotal states each item lists.</summary>
    public const int TopPivotal = 5;

    private const string AdoptedMeasure = "adopted";

    /// <summary>
    /// The summary of a sweep over <paramref name="axes"/>; <paramref name="runsOf"/> gives a setting's stored key and
    /// runs (each a result per item, in timeline order), asked once per setting, in grid order;
    /// <paramref name="budgetYearsOf"/> each of its runs' budget years, in the same run order (null: none played). With
    /// <paramref name="marginal"/> (a sampled design, whose settings are not a grid), the mean at each step of a number
    /// is over every setting at that step, whatever the other numbers.
    /// </summary>
    public static SweepResult Of(
        ImmutableArray<SweepAxis> axes,
        ImmutableArray<SweepSetting> settings,
        ImmutableArray<(string Id, string Kind)> items,
        Func<SweepSetting, (string Key, IReadOnlyList<ImmutableArray<EventRun>> Runs)> runsOf,
        Func<SweepSetting, IReadOnlyList<ImmutableArray<Measures.BudgetYearMeasures>>>? budgetYearsOf = null,
        bool marginal = false)
    {
        ArgumentNullException.ThrowIfNull(runsOf);
        var summaries = ImmutableArray.CreateBuilder<SettingSummary>(settings.Length);
        var adopted = items.Select(_ => new List<SweepCell>()).ToArray();
        var funding = new SortedDictionary<(int Year, int Measure), List<SweepCell>>();
        foreach (var setting in settings)
        {
            var (key, runs) = runsOf(setting);
            var itemSummaries = items.Select((item, index) => Item(item.Id, item.Kind, [.. runs.Select(r => r[index])])).ToImmutableArray();
            for (var index = 0; index < items.Length; index++)
            {
                if (MotionKindOf(items[index].Kind) is not null)
                {
                    adopted[index].Add(new SweepCell(setting.Levels, [.. runs.Select(r => OutcomeNames.IsAdopted(r[index].Outcome) ? 1.0 : 0.0)]));
                }
            }

            var budgetYears = budgetYearsOf?.Invoke(setting) ?? [];
            summaries.Add(new SettingSummary(setting, key, itemSummaries) { Measures = Measures.MeasureSummary.Of(items, runs, budgetYears) });
            for (var m = 0; m < Measures.MeasureCatalogue.BudgetYear.Length; m++)
            {
                foreach (var year in budgetYears.SelectMany(r => r).Select(y => y.Year).Distinct())
                {
                    var cell = new SweepCell(setting.Levels, [.. budgetYears.SelectMany(r => r).Where(y => y.Year == year).Select(y => y.Values[m])]);
                    var cellKey = (year, m);
                    if (!funding.TryGetValue(cellKey, out var cells))
                    {
                        funding[cellKey] = cells = [];
                    }

                    cells.Add(cell);
                }
            }
        }

        var centre = axes.Select(a => marginal ? -1 : Sensitivity.CentralStep(a.Steps)).ToImmutableArray();
        var sensitivity = ImmutableArray.CreateBuilder<ParameterSensitivity>();
        for (var axis = 0; axis < axes.Length; axis++)
        {
            if (axes[axis].Steps < 2)
            {
                continue;
            }

            for (var index = 0; index < items.Length; index++)
            {
                if (MotionKindOf(items[index].Kind) is null)
                {
                    continue;
                }

                var cells = adopted[index];
                var means = Sensitivity.OneAtATime(cells, axis, centre, axes[axis].Steps);
                sensitivity.Add(new ParameterSensitivity(
                    axes[axis].Path.Text,
                    items[index].Id,
                    AdoptedMeasure,
                    Sensitivity.FirstOrderIndex(cells, axis),
                    [.. axes[axis].Values.Select((value, step) => (value, means[step]))]));
            }

            // Budget-year measures the same way, for the sweeps that vary funding: a number's effect on coverage.
            foreach (var ((year, m), cells) in funding)
            {
                var means = Sensitivity.OneAtATime(cells, axis, centre, axes[axis].Steps);
                sensitivity.Add(new ParameterSensitivity(
                    axes[axis].Path.Text,
                    Measures.MeasureCatalogue.YearSection(year),
                    Measures.MeasureCatalogue.BudgetYear[m].Name,
                    Sensitivity.FirstOrderIndex(cells, axis),
                    [.. axes[axis].Values.Select((value, step) => (value, means[step]))]));
            }
        }

        return new SweepResult(axes, summaries.MoveToImmutable(), sensitivity.ToImmutable());
    }

    /// <summary>One item over one setting's runs.</summary>
    public static SweepItemSummary Item(string id, string kind, ImmutableArray<EventRun> runs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Length);
        var n = runs.Length;
        var outcomes = runs.GroupBy(r => r.Outcome, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => ConfidenceIntervals.Wilson(g.Count(), n), StringComparer.Ordinal);
        var motion = MotionKindOf(kind);
        Interval? adopted = motion is null ? null : ConfidenceIntervals.Wilson(runs.Count(r => OutcomeNames.IsAdopted(r.Outcome)), n);
        var voted = runs.Where(r => r.Tally is not null).ToArray();
        var tallies = voted.Select(r => r.Tally!.Value).ToArray();
        ImmutableArray<TallyStatistic> tally =
        [
            Column("yes", tallies.Select(t => (double)t.Yes)),
            Column("no", tallies.Select(t => (double)t.No)),
            Column("abstain", tallies.Select(t => (double)t.Abstain)),
            Column("absent", tallies.Select(t => (double)t.Absent)),
            Column("not_entitled", tallies.Select(t => (double)t.NotEntitled)),
        ];
        var pivotal = motion is not { } motionKind ? [] : PivotalShares(voted, motionKind, n);
        return new SweepItemSummary(id, kind, n, outcomes, adopted, (double)voted.Length / n, tally, pivotal);
    }

    /// <summary>The motion an item of <paramref name="kind"/> puts to a vote, or null for elections and acceptances.</summary>
    public static MotionKind? MotionKindOf(string kind) => kind switch
    {
        "admission" => MotionKind.Admission,
        "budget" => MotionKind.Budget,
        "decision" => MotionKind.Ordinary,
        _ => null,
    };

    private static TallyStatistic Column(string column, IEnumerable<double> values)
    {
        var data = values.ToArray();
        return data.Length == 0
            ? new TallyStatistic(column, new Interval(0, 0, 0), 0, 0)
            : new TallyStatistic(column, ConfidenceIntervals.Mean(data), data.Quantile(0.05), data.Quantile(0.95));
    }

    // The share of runs in which each state was pivotal (PivotalStates.Of on each run's votes), the most often first:
    // each run's labels are judged once and its members counted by index, not each member's vote parsed and grouped.
    private static ImmutableArray<PivotalShare> PivotalShares(EventRun[] voted, MotionKind kind, int runs)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in voted)
        {
            var labels = run.Votes.Names;
            var indexes = run.Votes.Indexes;
            var votes = new Vote[labels.Length];
            var cast = new Vote[indexes.Length];
            for (var label = 0; label < labels.Length; label++)
            {
                votes[label] = VoteOf(labels[label]);
            }

            for (var i = 0; i < indexes.Length; i++)
            {
                cast[i] = votes[indexes[i]];
            }

            var pivotal = PivotalStates.PivotalVotes(Tally.Of(cast), kind);
            var codes = run.Votes.Codes;
            for (var i = 0; i < cast.Length; i++)
            {
                if (pivotal[(int)cast[i]])
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, codes[i], out _)++;
                }
            }
        }

        return [.. counts
            .Select(c => new PivotalShare(c.Key, (double)c.Value / runs))
            .OrderByDescending(p => p.Share)
            .ThenBy(p => p.State, StringComparer.Ordinal)
            .Take(TopPivotal)];
    }

    private static Vote VoteOf(string name) => name switch
    {
        "yes" => Vote.Yes,
        "no" => Vote.No,
        "abstain" => Vote.Abstain,
        "absent" => Vote.Absent,
        "not-entitled" => Vote.NotEntitled,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown vote."),
    };
}
