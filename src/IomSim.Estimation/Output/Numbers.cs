using System.Globalization;

namespace IomSim.Estimation.Output;

/// <summary>How the seed files write numbers: invariant culture, fixed decimals, never a negative zero.</summary>
public static class Numbers
{
    /// <summary>A number with 4 decimals.</summary>
    public static string Four(double value) => Fixed(value, "0.0000");

    /// <summary>A number with 6 decimals (item parameters, whose scale is wider).</summary>
    public static string Six(double value) => Fixed(value, "0.000000");

    private static string Fixed(double value, string format)
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text.TrimStart('-').All(c => c is '0' or '.') ? text.TrimStart('-') : text;
    }
}
