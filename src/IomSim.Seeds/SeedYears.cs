namespace IomSim.Seeds;

/// <summary>The years seed files may name: from IOM's founding year (1951) to 2100, which catches typos such as 2201.</summary>
internal static class SeedYears
{
    public const int First = 1951;

    public const int Last = 2100;

    public static bool Contains(int year) => year is >= First and <= Last;
}
