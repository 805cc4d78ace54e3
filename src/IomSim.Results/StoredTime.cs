using System.Globalization;

namespace IomSim.Results;

/// <summary>When a run was stored, as the tables keep it: UTC text of fixed width, so that text order is time order in both stores.</summary>
internal static class StoredTime
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The time as stored.</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>A stored time read back.</summary>
    public static DateTimeOffset Parse(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, Pattern, CultureInfo.InvariantCulture), DateTimeKind.Utc));
}
