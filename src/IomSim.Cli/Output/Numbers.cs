using System.Globalization;

namespace IomSim.Cli.Output;

/// <summary>How numbers are written in every output: invariant culture, shares rounded to four places.</summary>
internal static class Numbers
{
    /// <summary>Decimal places kept for shares and means in JSON and CSV.</summary>
    public const int Places = 4;

    /// <summary>A value rounded for JSON and CSV.</summary>
    public static double Rounded(double value) => Math.Round(value, Places, MidpointRounding.AwayFromZero) + 0.0;

    /// <summary>A value as JSON and CSV write it (shortest round-trip form of the rounded value).</summary>
    public static string Plain(double value) => Rounded(value).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant.</summary>
    public static string Plain(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage for people (<c>97.5%</c>).</summary>
    public static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>A mean for people, one decimal (<c>112.4</c>).</summary>
    public static string Mean(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A percentile or count for people: whole numbers without decimals, others with one.</summary>
    public static string Count(double value) =>
        value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A position for people, two decimals with a sign (<c>+0.35</c>).</summary>
    public static string Position(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// US dollars in millions for people: one decimal with thousands separators (<c>2,395.3</c>), three below one
    /// million so that small contributions stay legible (<c>0.204</c>).
    /// </summary>
    public static string Millions(double usd) =>
        (usd / 1e6).ToString(Math.Abs(usd) < 1e6 && usd != 0 ? "0.000" : "#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
