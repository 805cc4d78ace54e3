using System.Globalization;

namespace IomSim.Results.Export;

/// <summary>How a cell is written as text: invariant culture, numbers in their shortest round-trip form, dates as ISO 8601, empty for null.</summary>
public static class CellText
{
    /// <summary>The cell as text.</summary>
    public static string Of(object? cell) => cell switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
