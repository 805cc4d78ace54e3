using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine.Comparison;

namespace IomSim.Cli.Rendering;

/// <summary>
/// <c>compare</c>'s answer to "signal or noise?": each measure's change run by run (same seeds and run indices), with
/// its paired 95% interval, the runs that went up and down, the exact sign test and a one-word reading.
/// </summary>
internal static class PairedChangeText
{
    /// <summary>Appends the paired table, one block per section.</summary>
    public static void Write(StringBuilder text, IReadOnlyList<PairedChange> changes, int runs)
    {
        if (changes.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\nchange run by run (both on the same seeds and run indices, {runs} pairs; money in millions): ");
        text.Append("mean change with its paired 95% interval (Student's t on the per-run differences), runs up/down, exact sign test p; ");
        text.Append("signal when the interval leaves out 0, noise when it holds 0\n");
        foreach (var section in changes.GroupBy(c => c.Section, StringComparer.Ordinal))
        {
            text.Append($"  {section.Key}\n");
            var table = new TextTable("measure", ">pairs", ">baseline", ">counterfactual", ">change", ">95% CI", ">up/down", ">sign p", "reading");
            foreach (var change in section)
            {
                table.Add(
                    change.Measure.Name,
                    Numbers.Plain(change.Pairs),
                    MeasureText.Value(change.Measure, change.Baseline),
                    MeasureText.Value(change.Measure, change.Counterfactual),
                    MeasureText.Change(change.Measure, change.Change.Estimate),
                    $"{MeasureText.Change(change.Measure, change.Change.Low)} to {MeasureText.Change(change.Measure, change.Change.High)}",
                    $"{Numbers.Plain(change.Up)}/{Numbers.Plain(change.Down)}",
                    PValue(change.SignTestP),
                    change.Reading);
            }

            text.Append(table.Render("    "));
        }
    }

    /// <summary>A p-value for people: three decimals, or an upper bound below 0.001.</summary>
    public static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);
}
