using System.Collections.Immutable;
using IomSim.Engine.Results;

namespace IomSim.Engine.Comparison;

/// <summary>
/// A counterfactual beside its baseline: every item both play (matched by id) and every budget year both play,
/// measure by measure. Items or years only one of them has are left out, and named.
/// </summary>
public static class SideBySide
{
    /// <summary>Contributors always compared by name: the largest and the two the product brief asks about.</summary>
    private static readonly string[] s_donors = ["USA", "EU", "DEU", "CHN", "RUS"];

    /// <summary>The rows, items first in the counterfactual's order, then budget years.</summary>
    public static ImmutableArray<SideBySideRow> Of(ScenarioResult baseline, ScenarioResult counterfactual)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(counterfactual);
        var rows = ImmutableArray.CreateBuilder<SideBySideRow>();
        foreach (var item in counterfactual.Events)
        {
            if (baseline.Events.FirstOrDefault(e => e.Id == item.Id) is not { } before || item.Kind is "election" or "acceptance")
            {
                continue;
            }

            void Add(string measure, string unit, Func<EventResult, double> value) => rows.Add(new(item.Id, measure, unit, value(before), value(item)));
            Add("adopted", "share", e => e.Outcomes.Where(o => o.Key.StartsWith("adopted", StringComparison.Ordinal)).Sum(o => o.Value));
            Add("formal-vote", "share", e => e.FormalVoteShare);
            if (before.FormalVoteShare == 0 && item.FormalVoteShare == 0)
            {
                // No vote on either side: there is no tally to put side by side.
                continue;
            }

            Add("yes", "count", e => e.Tally.Yes.Mean);
            Add("no", "count", e => e.Tally.No.Mean);
            Add("abstain", "count", e => e.Tally.Abstain.Mean);
            Add("not-entitled", "count", e => e.Tally.NotEntitled.Mean);
        }

        foreach (var year in counterfactual.Funding)
        {
            if (baseline.Funding.FirstOrDefault(y => y.Year == year.Year) is not { } before)
            {
                continue;
            }

            var section = $"funding {year.Year}";
            void Add(string measure, string unit, Func<FundingYearSummary, double> value) => rows.Add(new(section, measure, unit, value(before), value(year)));
            Add("top-five-share", "share", y => y.Concentration.TopFiveShare);
            Add("herfindahl", "index", y => y.Concentration.Herfindahl);
            Add("voluntary-new", "usd", y => y.Flow.NewVoluntaryUsd);
            Add("assessed-paid", "usd", y => y.Flow.AssessedPaidUsd);
            Add("overhead-income", "usd", y => y.Flow.OverheadIncomeUsd);
            Add("coverage", "share", y => y.Overall.Coverage.Mean);
            Add("unfunded-projects", "count", y => y.Overall.Unfunded);
            Add("cancelled-projects", "count", y => y.Overall.Cancelled);
            foreach (var line in year.ByTheme)
            {
                Add($"coverage/{line.Key}", "share", y => y.ByTheme.First(l => l.Key == line.Key).Coverage.Mean);
            }

            foreach (var line in year.ByRegion)
            {
                Add($"coverage/{line.Key}", "share", y => y.ByRegion.First(l => l.Key == line.Key).Coverage.Mean);
            }

            foreach (var donor in s_donors)
            {
                Add($"voluntary/{donor}", "usd", y => y.Contributions.FirstOrDefault(c => c.Donor == donor)?.VoluntaryUsd ?? 0);
            }

            Add("without-vote", "count", y => y.WithoutVote.Values.Sum());
        }

        return rows.ToImmutable();
    }

    /// <summary>What one has and the other does not, to say so rather than drop it silently.</summary>
    public static ImmutableArray<string> Unmatched(ScenarioResult baseline, ScenarioResult counterfactual) =>
        [.. counterfactual.Events.Where(e => baseline.Events.All(b => b.Id != e.Id)).Select(e => $"{e.Id} (counterfactual only)")
            .Concat(baseline.Events.Where(b => counterfactual.Events.All(e => e.Id != b.Id)).Select(b => $"{b.Id} (baseline only)"))
            .Concat(counterfactual.Funding.Where(y => baseline.Funding.All(b => b.Year != y.Year)).Select(y => $"budget year {y.Year} (counterfactual only)"))
            .Concat(baseline.Funding.Where(b => counterfactual.Funding.All(y => y.Year != b.Year)).Select(b => $"budget year {b.Year} (baseline only)"))];
}
