using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Engine.Sweeps;

namespace IomSim.Cli.Sweeps;

/// <summary><c>sweep --format json</c> (README, "JSON contract"): the same conventions as <c>run</c>'s document, no timestamps.</summary>
internal static class SweepJson
{
    /// <summary>The document for <paramref name="report"/>.</summary>
    public static string Render(SweepReport report) => JsonText.Of(json =>
    {
        var scenario = report.Scenario;
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Id);
        json.WriteString("title", scenario.Title);
        json.WriteString("body", report.Body);
        json.WriteNumber("seed", report.Seed);
        json.WriteNumber("runs", report.Runs);
        json.WriteString("version", report.Version);
        json.WriteString("content_hash", scenario.Source.ContentHash);
        json.WriteBoolean("calibrated", scenario.World.Calibrated);
        json.WriteString("parameters", report.Parameters);
        json.WriteStartArray("vary");
        foreach (var axis in report.Result.Axes)
        {
            json.WriteStartObject();
            json.WriteString("path", axis.Path.Text);
            json.WriteNumber("from", axis.From);
            json.WriteNumber("to", axis.To);
            json.WriteNumber("steps", axis.Steps);
            json.WriteStartArray("values");
            foreach (var value in axis.Values)
            {
                json.WriteNumberValue(Numbers.Rounded(value));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("settings");
        foreach (var setting in report.Result.Settings)
        {
            Setting(json, report, setting);
        }

        json.WriteEndArray();
        json.WriteStartArray("sensitivity");
        foreach (var effect in report.Result.Sensitivity)
        {
            json.WriteStartObject();
            json.WriteString("path", effect.Path);
            json.WriteString("event", effect.Item);
            json.WriteString("measure", effect.Measure);
            json.Number("first_order_index", effect.FirstOrderIndex);
            json.WriteStartArray("one_at_a_time");
            foreach (var (value, mean) in effect.OneAtATime)
            {
                json.WriteStartObject();
                json.Number("value", value);
                NumberOrNull(json, "mean", mean);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Setting(Utf8JsonWriter json, SweepReport report, SettingSummary setting)
    {
        json.WriteStartObject();
        json.WriteNumber("index", setting.Setting.Index);
        json.WriteString("key", setting.Key);
        json.WriteStartObject("values");
        for (var i = 0; i < report.Result.Axes.Length; i++)
        {
            json.Number(report.Result.Axes[i].Path.Text, setting.Setting.Values[i]);
        }

        json.WriteEndObject();
        json.WriteStartArray("events");
        foreach (var item in setting.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("kind", item.Kind);
            json.WriteNumber("runs", item.Runs);
            if (item.Adopted is { } adopted)
            {
                Share(json, "adopted", adopted);
            }
            else
            {
                json.WriteNull("adopted");
            }

            json.WriteStartObject("outcomes");
            foreach (var (outcome, share) in item.Outcomes)
            {
                Share(json, outcome, share);
            }

            json.WriteEndObject();
            json.Number("formal_vote_share", item.FormalVoteShare);
            json.WriteStartObject("tally");
            foreach (var column in item.Tally)
            {
                json.WriteStartObject(column.Column);
                json.Number("mean", column.Mean.Estimate);
                json.Number("mean_low", column.Mean.Low);
                json.Number("mean_high", column.Mean.High);
                json.Number("p05", column.P05);
                json.Number("p95", column.P95);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("pivotal");
            foreach (var pivotal in item.Pivotal)
            {
                json.WriteStartObject();
                json.WriteString("state", pivotal.State);
                json.Number("share", pivotal.Share);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("measures");
        foreach (var estimate in setting.Measures)
        {
            json.WriteStartObject();
            json.WriteString("section", estimate.Section);
            json.WriteString("measure", estimate.Measure.Name);
            json.WriteString("unit", estimate.Measure.Unit);
            json.WriteString("interval", Rendering.MeasureText.Method(estimate.Measure.Interval));
            json.WriteNumber("runs", estimate.Runs);
            json.Number("mean", estimate.Value.Estimate);
            json.Number("low", estimate.Value.Low);
            json.Number("high", estimate.Value.High);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Share(Utf8JsonWriter json, string name, Interval share)
    {
        json.WriteStartObject(name);
        json.Number("share", share.Estimate);
        json.Number("low", share.Low);
        json.Number("high", share.High);
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.Number(name, value);
        }
    }
}
