using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios.Experiments;

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
        if (report.Experiment is { } experiment)
        {
            json.WriteString("experiment", experiment.Id);
        }
        else
        {
            json.WriteNull("experiment");
        }

        json.WriteStartObject("design");
        json.WriteString("kind", ExperimentFormat.DesignName(report.Design));
        if (report.Design == ExperimentDesign.Grid)
        {
            json.WriteNull("samples");
        }
        else
        {
            json.WriteNumber("samples", report.Experiment!.Samples);
        }

        json.WriteEndObject();
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
            json.WriteStartArray(report.EffectMeasure.Replace('-', '_'));
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
            if (report.Shows("adopted"))
            {
                if (item.Adopted is { } adopted)
                {
                    Share(json, "adopted", adopted);
                }
                else
                {
                    json.WriteNull("adopted");
                }
            }

            if (report.Shows("outcome"))
            {
                json.WriteStartObject("outcomes");
                foreach (var (outcome, share) in item.Outcomes)
                {
                    Share(json, outcome, share);
                }

                json.WriteEndObject();
            }

            if (report.Shows("formal-vote"))
            {
                json.Number("formal_vote_share", item.FormalVoteShare);
            }

            Tally(json, report, item);
            Pivotal(json, report, item);
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

    private static void Tally(Utf8JsonWriter json, SweepReport report, SweepItemSummary item)
    {
        if (report.Shows("tally"))
        {
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
        }
    }

    private static void Pivotal(Utf8JsonWriter json, SweepReport report, SweepItemSummary item)
    {
        if (report.Shows("pivotal"))
        {
            json.WriteStartArray("pivotal");
            foreach (var pivotal in item.Pivotal)
            {
                json.WriteStartObject();
                json.WriteString("state", pivotal.State);
                json.Number("share", pivotal.Share);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
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
