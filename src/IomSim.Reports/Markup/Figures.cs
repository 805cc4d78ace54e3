using System.Globalization;

namespace IomSim.Reports.Markup;

/// <summary>How the report writes numbers: invariant culture always, so the same runs give the same bytes anywhere.</summary>
public static class Figures
{
    /// <summary>A coordinate or length in a chart, at most two decimals (<c>12.5</c>).</summary>
    public static string Coordinate(double value) => (Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage (<c>97.5%</c>).</summary>
    public static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>A mean, one decimal (<c>112.4</c>).</summary>
    public static string Mean(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A count or percentile: whole numbers without decimals, others with one.</summary>
    public static string Count(double value) =>
        value == Math.Floor(value) ? value.ToString("#,##0", CultureInfo.InvariantCulture) : value.ToString("#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>An integer.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An index such as Herfindahl's, three decimals.</summary>
    public static string Index(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>US dollars in millions: one decimal with separators, three below one million (<c>2,395.3</c>, <c>0.204</c>).</summary>
    public static string Millions(double usd) =>
        (usd / 1e6).ToString(Math.Abs(usd) < 1e6 && usd != 0 ? "0.000" : "#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A seed (unsigned 64-bit).</summary>
    public static string Seed(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value by its unit (<c>share</c>, <c>count</c>, <c>index</c>, else US dollars), as <c>compare</c> writes it.</summary>
    public static string ByUnit(string unit, double value) => unit switch
    {
        "share" => Percent(value),
        "count" => Mean(value),
        "index" => Index(value),
        _ => Millions(value),
    };

    /// <summary>The unit a measure's values are written in, for a table's unit column: <c>%</c>, <c>US$ M</c>, …</summary>
    public static string UnitOf(string unit) => unit switch
    {
        "share" => "%",
        "count" => "count",
        "index" => "index",
        _ => "US$ M",
    };

    /// <summary>The unit of a change, for a table's unit column: shares change in percentage points.</summary>
    public static string ChangeUnitOf(string unit) => unit == "share" ? "points" : UnitOf(unit);

    /// <summary>A change by its unit: points for shares, signed otherwise.</summary>
    public static string Change(string unit, double change) => unit switch
    {
        "share" => (change * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pts",
        "count" => change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture),
        "index" => change.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),
        _ => (change / 1e6).ToString("+#,##0.0;-#,##0.0;0.0", CultureInfo.InvariantCulture),
    };
}
