using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
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
                Item(text, report, item);
            }
        }

        if (result.Sensitivity.Length > 0)
        {
            text.Append("\nsensitivity of adoption: first-order index S (share of the variance of adopted/not explained by the number alone), "
                + (report.Design == ExperimentDesign.Grid
                    ? "and the share adopted at each value with the other numbers at their central values\n"
                    : "and the share adopted over the settings nearest each value, whatever the other numbers\n"));
            var table = new TextTable("number", "event", ">S", "adopted at each value");
            foreach (var effect in result.Sensitivity)
            {
                table.Add(
                    effect.Path,
                    effect.Item,
                    effect.FirstOrderIndex.ToString("0.000", CultureInfo.InvariantCulture),
                    string.Join(", ", effect.OneAtATime.Select(p => $"{Numbers.Plain(p.Value)}: {(double.IsNaN(p.Mean) ? "-" : Numbers.Percent(p.Mean))}")));
            }

            text.Append(table.Render("  "));
        }

        return text.ToString();
    }

    private static void Item(StringBuilder text, SweepReport report, SweepItemSummary item)
    {
        text.Append($"  {item.Id} ({item.Kind})\n");
        var formalVote = $"formal vote in {Numbers.Percent(item.FormalVoteShare)} of runs";
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
