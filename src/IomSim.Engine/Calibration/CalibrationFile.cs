using System.Globalization;
using System.Text;

namespace IomSim.Engine.Calibration;

/// <summary>
/// The file <c>iomsim calibrate</c> writes and scenarios include with <c>world.parameters_from</c>: the fitted
/// <c>parameters</c> and world-wide <c>behaviour</c>, and under <c>calibration</c> what they were fitted on, held out on,
/// the objective before and after, runs, seed and program version. No timestamp: the same calibration gives the same bytes.
/// </summary>
public static class CalibrationFile
{
    /// <summary>Decimal places of the fitted values.</summary>
    public const int Decimals = 4;

    /// <summary>The file's text.</summary>
    public static string Render(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append("# Calibrated parameters, written by iomsim calibrate (docs/decision-model.md, section Calibration).\n");
        text.Append("# Include with world.parameters_from: results are then labelled calibrated.\n");
        text.Append("calibration:\n");
        text.Append(CultureInfo.InvariantCulture, $"  version: {Quote(result.Version)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  fitted_on: [{string.Join(", ", result.FittedOn)}]\n");
        text.Append(CultureInfo.InvariantCulture, $"  held_out: [{string.Join(", ", result.HeldOut)}]\n");
        text.Append("  # The documented events whose record entered the objective: a replay of any of them, or of an earlier event,\n");
        text.Append("  # is in sample with these parameters, and says so.\n");
        text.Append(CultureInfo.InvariantCulture, $"  fitted_on_events: [{string.Join(", ", result.FittedEvents.Select(e => $"{{ id: {e.Id}, date: {e.Date:yyyy-MM-dd} }}"))}]\n");
        text.Append(CultureInfo.InvariantCulture, $"  positions_from: {Quote(result.PositionsFrom)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  runs: {result.Runs}\n");
        text.Append(CultureInfo.InvariantCulture, $"  seed: {result.Seed}\n");
        text.Append(CultureInfo.InvariantCulture, $"  evaluations: {result.Evaluations}\n");
        text.Append(CultureInfo.InvariantCulture, $"  objective_before: {Number(result.ObjectiveBefore)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  objective_after: {Number(result.ObjectiveAfter)}\n");
        if (result.HeldOutObjectiveBefore is { } heldBefore && result.HeldOutObjectiveAfter is { } heldAfter)
        {
            text.Append(CultureInfo.InvariantCulture, $"  held_out_objective_before: {Number(heldBefore)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  held_out_objective_after: {Number(heldAfter)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  started_from: {{ {string.Join(", ", result.Values.Select(v => $"{v.Name}: {Number(v.Before)}"))} }}\n");
        Section(text, "parameters", result.Values.Where(v => !IsBehaviour(v)));
        Section(text, "behaviour", result.Values.Where(IsBehaviour));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string name, IEnumerable<FittedValue> values)
    {
        var all = values.ToArray();
        if (all.Length == 0)
        {
            return;
        }

        text.Append(name).Append(":\n");
        foreach (var value in all)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {value.Name}: {Number(value.After)}\n");
        }
    }

    private static bool IsBehaviour(FittedValue value) => FittableParameter.Find(value.Name)?.IsBehaviour == true;

    private static string Number(double value) => Math.Round(value, Decimals).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Quote(string text) => $"\"{text.Replace("\"", "'", StringComparison.Ordinal)}\"";
}
