using System.Globalization;

namespace IomSim.Domain.World;

/// <summary>
/// A date known to the day, or only to the year. A year-only value covers the whole year:
/// <see cref="Earliest"/> is 1 January and <see cref="Latest"/> is 31 December.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(DateOnly earliest, DateOnly latest, bool isYearOnly)
    {
        Earliest = earliest;
        Latest = latest;
        IsYearOnly = isYearOnly;
    }

    /// <summary>The first day the value can mean.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The last day the value can mean.</summary>
    public DateOnly Latest { get; }

    /// <summary>True when only the year is known.</summary>
    public bool IsYearOnly { get; }

    /// <summary>A date known to the day.</summary>
    public static PartialDate OnDay(DateOnly day) => new(day, day, false);

    /// <summary>A date known only to the year.</summary>
    public static PartialDate InYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), true);

    /// <summary>Reads <c>YYYY-MM-DD</c> or <c>YYYY</c>; returns false for anything else.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            var year = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < 1 or > 9999)
            {
                return false;
            }

            date = InYear(year);
            return true;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = OnDay(day);
            return true;
        }

        return false;
    }

    /// <summary>The value as written: <c>YYYY</c> or <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() =>
        IsYearOnly
            ? Earliest.Year.ToString("D4", CultureInfo.InvariantCulture)
            : Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
