using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
using IomSim.Domain.Decisions;
using IomSim.Estimation.Backtest;

namespace IomSim.Cli.Commands;

/// <summary>The backtest for people: what was fitted on what, the three predictors' scores, recall and precision by choice, placements.</summary>
internal static class BacktestText
{
    public static string Render(BacktestResult result, BacktestFiles files)
    {
        var text = new StringBuilder();
        var first = result.RollCalls[0].Date;
        var last = result.RollCalls[^1].Date;
        text.Append(CultureInfo.InvariantCulture, $"Backtest: fitted on the roll calls dated up to {result.TrainUntil:yyyy-MM-dd} ({result.TrainingRollCalls} that divide the states, {result.TrainingStates} states);\n");
        text.Append(CultureInfo.InvariantCulture, $"predicted every UN member's choice on the {result.RollCalls.Count} later roll calls ({first:yyyy-MM-dd} to {last:yyyy-MM-dd}): {result.Model.Predictions:N0} state votes.\n");
        text.Append(CultureInfo.InvariantCulture, $"Files: {files.RollCalls}, {files.Votes}, issues: {files.Issues ?? "none (every roll call predicted on the general dimensions)"}\n\n");

        var scores = new TextTable("predictor", ">PCC", ">APRE", ">log-loss");
        foreach (var (name, s) in Predictors(result))
        {
            if (s is null)
            {
                scores.Add(name, "-", "-", "-");
                continue;
            }

            scores.Add(name, Numbers.Percent(s.CorrectlyClassified), F(s.Apre, "0.000"), F(s.LogLoss, "0.000"));
        }

        text.Append(scores.Render()).Append('\n');
        var choices = new TextTable("choice", ">actual", ">model recall", ">precision", ">oracle recall", ">precision", ">today recall", ">precision");
        foreach (var choice in Enum.GetValues<Choice>())
        {
            var m = result.Model.ByChoice[(int)choice];
            var o = result.ModalOracle.ByChoice[(int)choice];
            var t = result.TodaysModel?.ByChoice[(int)choice];
            choices.Add(Name(choice), m.Actual.ToString("N0", CultureInfo.InvariantCulture), Share(m.Recall), Share(m.Precision), Share(o.Recall), Share(o.Precision), Share(t?.Recall), Share(t?.Precision));
        }

        text.Append(choices.Render()).Append('\n');
        text.Append("Placement of the later roll calls (from training roll calls only):\n");
        var placements = new TextTable("placed by", ">roll calls", ">model PCC");
        foreach (var group in result.RollCalls.GroupBy(r => r.Placement.Basis).OrderBy(g => g.Key))
        {
            placements.Add(MotionPlacement.BasisName(group.Key), group.Count().ToString(CultureInfo.InvariantCulture), Numbers.Percent((double)group.Sum(r => r.Correct) / group.Sum(r => r.States)));
        }

        text.Append(placements.Render("  ")).Append('\n');
        text.Append("model: ordered-logit ideal points (2 dimensions + hr/ec offsets), habits and abstention spreads fitted on the training window; see docs/positions.md.\n");
        text.Append("modal vote (oracle): every state given the roll call's own modal choice, log-loss from its own shares; it knows the outcome, so it is a ceiling for a one-choice guess, not a forecast.\n");
        if (result.TodaysModelUnavailable is { } why)
        {
            text.Append(CultureInfo.InvariantCulture, $"today's model: not available: {why}\n");
        }

        text.Append("today's model: the decision model before issue 16 (ordinary baseline 0.3, distance weight 0.35, noise 0.3, attendance 0.9, abstention band 0.1) with classical-scaling positions fitted on the same window; motion at the mean position of the yes voters on the same training roll calls the model placed it from.\n");
        return text.ToString();
    }

    internal static IEnumerable<(string Name, Scores? Scores)> Predictors(BacktestResult result) =>
    [
        ("model (ideal points)", result.Model),
        ("modal vote (oracle)", result.ModalOracle),
        ("today's model", result.TodaysModel),
    ];

    internal static string Name(Choice choice) => choice switch
    {
        Choice.Yes => "yes",
        Choice.No => "no",
        Choice.Abstain => "abstain",
        _ => "not voting",
    };

    private static string Share(double? value) => value is { } v ? Numbers.Percent(v) : "-";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
