using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Domain.Decisions;
using IomSim.Estimation.Backtest;

namespace IomSim.Cli.Commands;

/// <summary>The backtest as JSON: what was fitted on what, the scores of each predictor, and every roll call with its placement.</summary>
internal static class BacktestJson
{
    public static string Render(BacktestResult result, BacktestFiles files) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        json.WriteString("command", "backtest");
        json.WriteString("train_until", result.TrainUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartObject("files");
        json.WriteString("roll_calls", files.RollCalls);
        json.WriteString("votes", files.Votes);
        json.StringOrNull("issues", files.Issues);
        json.WriteEndObject();
        json.WriteStartObject("fitted_on");
        json.WriteNumber("roll_calls", result.TrainingRollCalls);
        json.WriteNumber("states", result.TrainingStates);
        json.WriteString("window", $"roll calls dated up to {result.TrainUntil:yyyy-MM-dd}");
        json.WriteEndObject();
        json.WriteNumber("predicted_roll_calls", result.RollCalls.Count);
        json.WriteNumber("predictions", result.Model.Predictions);
        json.WriteStartObject("scores");
        Write(json, "model", result.Model, "ordered-logit ideal points, habits and spreads fitted on the training window");
        Write(json, "modal_oracle", result.ModalOracle, "oracle: every state given the roll call's own modal choice (log-loss from its own shares); knows the outcome");
        if (result.TodaysModel is { } todays)
        {
            Write(json, "todays_model", todays, "the decision model before issue 16 with default parameters and classical-scaling positions fitted on the training window");
        }
        else
        {
            json.WriteNull("todays_model");
            json.StringOrNull("todays_model_unavailable", result.TodaysModelUnavailable);
        }

        json.WriteEndObject();
        json.WriteStartArray("roll_calls");
        foreach (var r in result.RollCalls)
        {
            json.WriteStartObject();
            json.WriteNumber("rcid", r.Rcid);
            json.WriteString("symbol", r.Symbol);
            json.WriteString("date", r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("title", r.Title);
            json.WriteStartArray("issues");
            foreach (var issue in r.Issues)
            {
                json.WriteStringValue(issue);
            }

            json.WriteEndArray();
            json.WriteStartObject("placement");
            json.WriteString("basis", MotionPlacement.BasisName(r.Placement.Basis));
            json.WriteString("description", r.Placement.Description);
            json.WriteStartArray("from_rcids");
            foreach (var rcid in r.Placement.FromRollCalls)
            {
                json.WriteNumberValue(rcid);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            Counts(json, "actual", r.Actual.Select(a => (double)a).ToArray());
            Counts(json, "expected", [.. r.Expected]);
            json.WriteNumber("states", r.States);
            json.WriteNumber("correct", r.Correct);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Write(Utf8JsonWriter json, string name, Scores scores, string note)
    {
        json.WriteStartObject(name);
        json.WriteString("note", note);
        json.WriteNumber("predictions", scores.Predictions);
        json.Number("pcc", scores.CorrectlyClassified);
        json.Number("apre", scores.Apre);
        json.Number("log_loss", scores.LogLoss);
        json.WriteStartObject("by_choice");
        foreach (var c in scores.ByChoice)
        {
            json.WriteStartObject(BacktestText.Name(c.Choice).Replace(' ', '_'));
            json.WriteNumber("actual", c.Actual);
            json.WriteNumber("predicted", c.Predicted);
            Nullable(json, "recall", c.Recall);
            Nullable(json, "precision", c.Precision);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, double[] values)
    {
        json.WriteStartObject(name);
        foreach (var choice in Enum.GetValues<Choice>())
        {
            json.Number(BacktestText.Name(choice).Replace(' ', '_'), values[(int)choice]);
        }

        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.Number(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
