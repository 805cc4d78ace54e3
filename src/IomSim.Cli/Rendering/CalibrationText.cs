using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine.Calibration;

namespace IomSim.Cli.Rendering;

/// <summary>The calibration for people: the fitted values, the objective, and each documented item before and after.</summary>
internal static class CalibrationText
{
    /// <summary>The report.</summary>
    public static string Render(CalibrationResult result)
    {
        var text = new StringBuilder();
        var heldOut = result.HeldOut.IsEmpty ? "nothing held out" : $"held out: {string.Join(", ", result.HeldOut)}";
        text.Append(CultureInfo.InvariantCulture, $"calibration of {string.Join(", ", result.Values.Select(v => v.Name))} on {string.Join(", ", result.FittedOn)}; {heldOut}\n");
        text.Append(CultureInfo.InvariantCulture, $"seed {result.Seed}   {result.Runs} runs per scenario per evaluation   {result.Evaluations} evaluations (Nelder-Mead)   iomsim {result.Version}\n");
        text.Append(CultureInfo.InvariantCulture, $"fitted on the record of: {string.Join(", ", result.FittedEvents.Select(e => $"{e.Id} ({Numbers.Date(e.Date)})"))}; a replay of these events, or of earlier ones, is in sample with these values\n");
        text.Append(CultureInfo.InvariantCulture, $"positions: {result.PositionsFrom}\n");
        text.Append("objective per documented item: tally error / members + (1 - named votes right) + (1 - outcome match)\n\n");

        var values = new TextTable("parameter", ">start", ">fitted");
        foreach (var value in result.Values)
        {
            values.Add(value.Name, Value(value.Before), Value(value.After));
        }

        text.Append(values.Render()).Append('\n');
        var objective = new TextTable("objective", ">before", ">after");
        objective.Add("fitted", Value(result.ObjectiveBefore), Value(result.ObjectiveAfter));
        if (result.HeldOutObjectiveBefore is { } before && result.HeldOutObjectiveAfter is { } after)
        {
            objective.Add("held out", Value(before), Value(after));
        }

        text.Append(objective.Render()).Append('\n');
        var items = new TextTable(
            "scenario", "set", "item", ">tally error before", ">after", ">named votes right before", ">after", ">outcome match before", ">after");
        foreach (var fit in result.Scenarios)
        {
            foreach (var (was, now) in fit.Before.Zip(fit.After))
            {
                items.Add(
                    fit.Scenario,
                    fit.HeldOut ? "held out" : "fitted",
                    was.Item,
                    Optional(was.TallyError, Numbers.Mean),
                    Optional(now.TallyError, Numbers.Mean),
                    Optional(was.NamedVotesRight, Numbers.Percent),
                    Optional(now.NamedVotesRight, Numbers.Percent),
                    Numbers.Percent(was.OutcomeMatch),
                    Numbers.Percent(now.OutcomeMatch));
            }
        }

        text.Append(items.Render());
        text.Append("tally error in votes (mean over the documented sources); - where the record has no tally or names no votes\n");
        return text.ToString();
    }

    private static string Value(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Optional(double? value, Func<double, string> format) => value is { } v ? format(v) : "-";
}
