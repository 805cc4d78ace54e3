using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
using IomSim.Cli.Rendering;
using IomSim.Engine.Measures;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios.Experiments;

namespace IomSim.Cli.Sweeps;

/// <summary><c>sweep</c> for people: each setting's items, then each varied number's effect on each motion.</summary>
internal static class SweepText
{
    /// <summary>The text for <paramref name="report"/>.</summary>
    public static string Render(SweepReport report)
    {
        var result = report.Result;
        var text = new StringBuilder();
        var settings = result.Settings.Length;
        text.Append(report.Scenario.Title).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"scenario {report.Scenario.Id}   body {report.Body}   seed {report.Seed}   ");
        text.Append(CultureInfo.InvariantCulture, $"{settings} {(settings == 1 ? "setting" : "settings")} × {report.Runs} {(report.Runs == 1 ? "run" : "runs")}   iomsim {report.Version}\n");
        text.Append($"parameters: {report.Parameters}\n");
        if (report.Experiment is { } experiment)
        {
            var samples = experiment.Design == ExperimentDesign.Grid ? string.Empty : $", {experiment.Samples} samples";
            text.Append($"experiment {experiment.Id}: {ExperimentFormat.DesignName(experiment.Design)} design{samples}\n");
        }

        foreach (var axis in result.Axes)
        {
            text.Append(report.Design == ExperimentDesign.Grid
                ? $"varied: {axis.Path.Text} = {string.Join(", ", axis.Values.Select(Numbers.Plain))}\n"
                : $"varied: {axis.Path.Text} from {Numbers.Plain(axis.From)} to {Numbers.Plain(axis.To)}\n");
        }

        foreach (var setting in result.Settings)
        {
            var name = setting.Setting.Text.Length == 0 ? "as written" : setting.Setting.Text.Replace(";", ", ", StringComparison.Ordinal);
            text.Append(CultureInfo.InvariantCulture, $"\nsetting {setting.Setting.Index + 1} of {settings}: {name}\n");
            foreach (var item in setting.Items)
            {
                Item(text, report, item, setting);
            }

            BudgetYears(text, setting);
        }

        var adoption = result.Sensitivity.Where(e => e.Measure == "adopted").ToArray();
        if (adoption.Length > 0)
        {
            text.Append("\nsensitivity of adoption: first-order index S (share of the variance of adopted/not explained by the number alone), "
                + (report.Design == ExperimentDesign.Grid
                    ? "and the share adopted at each value with the other numbers at their central values\n"
                    : "and the share adopted over the settings nearest each value, whatever the other numbers\n"));
            var table = new TextTable("number", "event", ">S", "adopted at each value");
            foreach (var effect in adoption)
            {
                table.Add(
                    effect.Path,
                    effect.Item,
                    effect.FirstOrderIndex.ToString("0.000", CultureInfo.InvariantCulture),
                    string.Join(", ", effect.OneAtATime.Select(p => $"{Numbers.Plain(p.Value)}: {(double.IsNaN(p.Mean) ? "-" : Numbers.Percent(p.Mean))}")));
            }

            text.Append(table.Render("  "));
        }

        // Budget-year measures whose mean moves with the number at all (the others would be rows of equal values).
        var funding = result.Sensitivity.Where(e => e.Measure != "adopted" && e.OneAtATime.Select(p => p.Mean).Distinct().Count() > 1).ToArray();
        if (funding.Length > 0)
        {
            text.Append("\nsensitivity of the budget years: first-order index S of each measure that moves, and its mean at each value with the other numbers at their central values\n");
            var table = new TextTable("number", "year", "measure", ">S", "mean at each value");
            foreach (var effect in funding)
            {
                var measure = MeasureCatalogue.Find(effect.Measure)!;
                table.Add(
                    effect.Path,
                    effect.Item,
                    effect.Measure,
                    effect.FirstOrderIndex.ToString("0.000", CultureInfo.InvariantCulture),
                    string.Join(", ", effect.OneAtATime.Select(p => $"{Numbers.Plain(p.Value)}: {(double.IsNaN(p.Mean) ? "-" : MeasureText.Value(measure, p.Mean))}")));
            }

            text.Append(table.Render("  "));
        }

        return text.ToString();
    }

    // Each budget year's measures with their 95% intervals (money in US$ millions, arrears in CHF millions).
    private static void BudgetYears(StringBuilder text, SettingSummary setting)
    {
        foreach (var year in setting.Measures.Where(m => m.Measure.Scope == MeasureScope.BudgetYear).GroupBy(m => m.Section, StringComparer.Ordinal))
        {
            text.Append($"  {year.Key} (means over {Numbers.Plain(year.First().Runs)} runs; money in millions)\n");
            var table = new TextTable("measure", ">mean", ">95% CI");
            foreach (var estimate in year)
            {
                table.Add(
                    estimate.Measure.Name,
                    MeasureText.Value(estimate.Measure, estimate.Value.Estimate),
                    $"{MeasureText.Value(estimate.Measure, estimate.Value.Low)}-{MeasureText.Value(estimate.Measure, estimate.Value.High)}");
            }

            text.Append(table.Render("    "));
        }
    }

    private static void Item(StringBuilder text, SweepReport report, SweepItemSummary item, SettingSummary setting)
    {
        text.Append($"  {item.Id} ({item.Kind})\n");
        var formal = setting.Measures.FirstOrDefault(m => m.Section == item.Id && m.Measure.Name == "formal-vote");
        var interval = formal is null ? string.Empty : $" (95% CI {Numbers.Percent(formal.Value.Low)}-{Numbers.Percent(formal.Value.High)})";
        var formalVote = $"formal vote in {Numbers.Percent(item.FormalVoteShare)} of runs{interval}";
        if (item.Adopted is { } adopted && report.Shows("adopted"))
        {
            text.Append($"    adopted {Share(adopted)}{(report.Shows("formal-vote") ? "; " + formalVote : string.Empty)}\n");
        }
        else if (item.Adopted is not null && report.Shows("formal-vote"))
        {
            text.Append($"    {formalVote}\n");
        }

        if (report.Shows("outcome"))
        {
            text.Append($"    outcomes: {string.Join(", ", item.Outcomes.Select(o => $"{o.Key} {Share(o.Value)}"))}\n");
        }

        if (item.FormalVoteShare > 0 && report.Shows("tally"))
        {
            var table = new TextTable("tally", ">mean", ">95% CI", ">p05", ">p95");
            foreach (var column in item.Tally)
            {
                table.Add(
                    column.Column.Replace('_', ' '),
                    Numbers.Mean(column.Mean.Estimate),
                    $"{Numbers.Mean(column.Mean.Low)}-{Numbers.Mean(column.Mean.High)}",
                    Numbers.Count(column.P05),
                    Numbers.Count(column.P95));
            }

            text.Append(table.Render("    "));
        }

        if (item.FormalVoteShare > 0 && report.Shows("pivotal"))
        {
            text.Append(item.Pivotal.Length == 0
                ? "    pivotal: no state in any run\n"
                : $"    pivotal (share of runs): {string.Join(", ", item.Pivotal.Select(p => $"{p.State} {Numbers.Percent(p.Share)}"))}\n");
        }
    }

    private static string Share(Interval share) =>
        $"{Numbers.Percent(share.Estimate)} (95% CI {Numbers.Percent(share.Low)}-{Numbers.Percent(share.High)})";
}
