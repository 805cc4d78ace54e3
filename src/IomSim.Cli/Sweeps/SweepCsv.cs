using System.Globalization;
using IomSim.Cli.Output;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios.Experiments;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// <c>sweep --format csv</c>, tidy for R and pandas: one value per row, the varied numbers as columns. Columns:
/// <c>scenario,seed,runs,version,parameters,setting,</c> one per varied path, <c>event,kind,measure,subject,statistic,value</c>.
/// Only an experiment's <c>measures</c> are written. Sensitivity rows leave <c>setting</c> empty; a <c>one-at-a-time</c>
/// row fills the varied columns with the values it was
/// measured at, a <c>first-order-index</c> row leaves them empty.
/// </summary>
internal static class SweepCsv
{
    /// <summary>The rows for <paramref name="report"/>.</summary>
    public static string Render(SweepReport report)
    {
        var axes = report.Result.Axes;
        var csv = new CsvText([
            "scenario", "seed", "runs", "version", "parameters", "setting",
            .. axes.Select(a => a.Path.Text),
            "event", "kind", "measure", "subject", "statistic", "value"]);
        string[] leading = [report.Scenario.Id, report.Seed.ToString(CultureInfo.InvariantCulture), Numbers.Plain(report.Runs), report.Version, report.Parameters];
        foreach (var setting in report.Result.Settings)
        {
            string[] values = [.. setting.Setting.Values.Select(Numbers.Plain)];
            foreach (var item in setting.Items)
            {
                void Row(string measure, string subject, string statistic, double value)
                {
                    if (report.Shows(measure))
                    {
                        csv.Row([.. leading, Numbers.Plain(setting.Setting.Index), .. values, item.Id, item.Kind, measure, subject, statistic, Numbers.Plain(value)]);
                    }
                }

                void Share(string measure, string subject, Interval share)
                {
                    Row(measure, subject, "share", share.Estimate);
                    Row(measure, subject, "low", share.Low);
                    Row(measure, subject, "high", share.High);
                }

                foreach (var (outcome, share) in item.Outcomes)
                {
                    Share("outcome", outcome, share);
                }

                if (item.Adopted is { } adopted)
                {
                    Share("adopted", string.Empty, adopted);
                }

                Row("formal-vote", string.Empty, "share", item.FormalVoteShare);
                foreach (var column in item.Tally)
                {
                    Row("tally", column.Column, "mean", column.Mean.Estimate);
                    Row("tally", column.Column, "mean_low", column.Mean.Low);
                    Row("tally", column.Column, "mean_high", column.Mean.High);
                    Row("tally", column.Column, "p05", column.P05);
                    Row("tally", column.Column, "p95", column.P95);
                }

                foreach (var pivotal in item.Pivotal)
                {
                    Row("pivotal", pivotal.State, "share", pivotal.Share);
                }

                if (report.Shows("formal-vote"))
                {
                    ShareInterval(setting, item.Id, "formal-vote");
                }
            }

            // Every budget-year measure, the section (funding YEAR) in the event column, kind budget-year.
            foreach (var estimate in setting.Measures.Where(m => m.Measure.Scope == Engine.Measures.MeasureScope.BudgetYear))
            {
                foreach (var (statistic, value) in new[] { ("mean", estimate.Value.Estimate), ("low", estimate.Value.Low), ("high", estimate.Value.High) })
                {
                    csv.Row([.. leading, Numbers.Plain(setting.Setting.Index), .. values, estimate.Section, "budget-year", estimate.Measure.Name, string.Empty, statistic, Numbers.Plain(value)]);
                }
            }

            // A measure of an item whose interval the rows above lack (the formal vote's share).
            void ShareInterval(SettingSummary at, string id, string measure)
            {
                if (at.Measures.FirstOrDefault(m => m.Section == id && m.Measure.Name == measure) is { } estimate)
                {
                    var kind = at.Items.First(i => i.Id == id).Kind;
                    csv.Row([.. leading, Numbers.Plain(at.Setting.Index), .. values, id, kind, measure, string.Empty, "low", Numbers.Plain(estimate.Value.Low)]);
                    csv.Row([.. leading, Numbers.Plain(at.Setting.Index), .. values, id, kind, measure, string.Empty, "high", Numbers.Plain(estimate.Value.High)]);
                }
            }
        }

        var kinds = report.Result.Settings[0].Items.ToDictionary(i => i.Id, i => i.Kind, StringComparer.Ordinal);
        var centre = axes.Select(a => Numbers.Plain(a.Values[Sensitivity.CentralStep(a.Steps)])).ToArray();
        foreach (var effect in report.Result.Sensitivity)
        {
            var axis = axes.Select((a, i) => (a, i)).First(x => x.a.Path.Text == effect.Path).i;
            var kind = kinds.GetValueOrDefault(effect.Item, "budget-year");
            csv.Row([.. leading, string.Empty, .. axes.Select(_ => string.Empty), effect.Item, kind, "first-order-index", effect.Path, effect.Measure, Numbers.Plain(effect.FirstOrderIndex)]);
            foreach (var (value, mean) in effect.OneAtATime)
            {
                string[] at = [.. centre.Select((c, i) => i == axis ? Numbers.Plain(value) : report.Design == ExperimentDesign.Grid ? c : string.Empty)];
                csv.Row([.. leading, string.Empty, .. at, effect.Item, kind, report.EffectMeasure, effect.Path, effect.Measure, double.IsNaN(mean) ? string.Empty : Numbers.Plain(mean)]);
            }
        }

        return csv.ToString();
    }
}
