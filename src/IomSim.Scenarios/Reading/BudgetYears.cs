using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>The budget years adopted so far along the timeline: each year once, and never one before the last.</summary>
internal sealed class BudgetYears
{
    private readonly Dictionary<int, string> _adoptedBy = [];
    private (int Year, string Item)? _last;

    /// <summary>Reads the <c>year</c> of budget item <paramref name="item"/> and records it.</summary>
    public int Adopt(ReadContext context, YamlValue node, string item)
    {
        var year = Values.Year(context, node, "year");
        var years = context.World.Funding.Years;
        if (!years.ContainsKey(year))
        {
            throw context.Error(node, years.IsEmpty
                ? $"budget year {year} cannot be played: the seeds have no budget years (expected seeds/funding-years.csv with the year)"
                : $"budget year {year} has no data in seeds/funding-years.csv (expected a year from {years.Keys.First()} to {years.Keys.Last()})");
        }

        if (_adoptedBy.TryGetValue(year, out var first))
        {
            throw context.Error(node, $"budget year {year} is already adopted by item '{first}' (expected each year's budget adopted once in a scenario)");
        }

        if (_last is { } last && year < last.Year)
        {
            throw context.Error(node, $"budget year {year} is before {last.Year}, adopted earlier in the timeline by item '{last.Item}' "
                + "(expected budget years in timeline order)");
        }

        _adoptedBy.Add(year, item);
        _last = (year, item);
        return year;
    }
}
