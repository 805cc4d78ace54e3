using System.Globalization;
using IomSim.Cli.Output;
using IomSim.Engine.Measures;

namespace IomSim.Cli.Rendering;

/// <summary>A catalogue measure's value and change as the tables print them, by its unit (money in millions).</summary>
internal static class MeasureText
{
    /// <summary>A value: shares in per cent, indices to three places, counts to one, money in millions.</summary>
    public static string Value(MeasureDefinition measure, double value) => measure.Unit switch
    {
        "share" => Numbers.Percent(value),
        "index" => value.ToString("0.000", CultureInfo.InvariantCulture),
        "count" => Numbers.Mean(value),
        _ => Numbers.Millions(value),
    };

    /// <summary>A change: shares in percentage points, the rest as <see cref="Value"/> with a sign.</summary>
    public static string Change(MeasureDefinition measure, double change) => measure.Unit switch
    {
        "share" => (change * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pts",
        "index" => change.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),
        "count" => change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture),
        _ => (change / 1e6).ToString("+#,##0.0;-#,##0.0;0.0", CultureInfo.InvariantCulture),
    };

    /// <summary>The interval method's name in outputs: <c>wilson</c> or <c>student-t</c>.</summary>
    public static string Method(IntervalMethod method) => method == IntervalMethod.Wilson ? "wilson" : "student-t";
}
