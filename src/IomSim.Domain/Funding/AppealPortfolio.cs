using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>
/// Turns a year's appeal total into projects by the appeal plan: each line that applies to the year takes its share
/// of the total (the shares of the lines that apply, renormalised to add up to 1), split into one project per
/// requesting country, or one regional project when the line names none. The costs add up to the year's appeal total
/// exactly.
/// </summary>
public static class AppealPortfolio
{
    /// <summary>The year's projects, sorted by id (ordinal); empty when no line of the plan applies.</summary>
    /// <exception cref="ArgumentException">A negative appeal total, a share outside 0 to 1, or two lines that would make the same project.</exception>
    public static ImmutableArray<Appeal> For(BudgetYear year, ImmutableArray<AppealPlanRow> plan)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (plan.IsDefault)
        {
            throw new ArgumentException("The appeal plan is missing (a default array).", nameof(plan));
        }

        if (year.AppealUsd < 0)
        {
            throw new ArgumentException($"The appeal total of {year.Year} is negative ({year.AppealUsd}).", nameof(year));
        }

        foreach (var row in plan)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(plan));
            if (row.Share is not (>= 0 and <= 1))
            {
                throw new ArgumentException($"The plan gives {FundingNames.Of(row.Theme)} in {FundingNames.Of(row.Region)} a share of {row.Share}; a share is 0 to 1.", nameof(plan));
            }
        }

        // A line with no share asks for nothing: it would only add projects that cost nothing.
        var rows = plan.Where(r => r.FromYear <= year.Year && year.Year <= r.ToYear && r.Share > 0).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var shares = rows.Select(r => (decimal)r.Share).ToList();
        var sum = shares.Sum();
        var totals = shares.Select(s => Cents.Round(year.AppealUsd * s / sum)).ToList();
        totals[^1] = year.AppealUsd - totals.Take(totals.Count - 1).Sum();

        var appeals = rows.SelectMany((row, i) => ProjectsOf(year.Year, row, totals[i])).OrderBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
        for (var i = 1; i < appeals.Length; i++)
        {
            if (string.Equals(appeals[i - 1].Id, appeals[i].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The appeal plan makes project {appeals[i].Id} twice in {year.Year}.", nameof(plan));
            }
        }

        return appeals;
    }

    // One project per country, the cost split evenly in whole cents (truncated, so no share can go negative) with the
    // cents left over on the first; or one regional project.
    private static IEnumerable<Appeal> ProjectsOf(int year, AppealPlanRow row, decimal total)
    {
        var theme = FundingNames.Of(row.Theme);
        var region = FundingNames.Of(row.Region);
        var countries = row.Countries.IsDefault ? [] : row.Countries;
        if (countries.IsEmpty)
        {
            return [new Appeal($"{year}/{theme}/{region}", year, $"{theme} in {region}", row.Theme, row.Region, null, null, total)];
        }

        var each = Cents.Round(total / countries.Length, MidpointRounding.ToZero);
        var first = total - (each * (countries.Length - 1));
        return countries.Select((country, i) => new Appeal(
            $"{year}/{theme}/{region}/{country.Value}",
            year,
            $"{theme} in {country.Value}",
            row.Theme,
            row.Region,
            country,
            country,
            i == 0 ? first : each));
    }
}
