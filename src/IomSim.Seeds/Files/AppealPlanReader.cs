using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/appeal-plan.csv</c>: <c>theme,region,share,countries,from_year,to_year,basis,source</c> (years
/// inclusive; <c>countries</c> space-separated state codes, empty for a regional or global line). The shares of every
/// year the plan or <c>seeds/funding-years.csv</c> covers must add up to 1.
/// </summary>
internal static class AppealPlanReader
{
    public static readonly string[] Columns = ["theme", "region", "share", "countries", "from_year", "to_year", "basis", "source"];

    private const double Tolerance = 1e-6;

    public static ImmutableArray<AppealPlanRow> Read(SeedTable table, IReadOnlySet<StateCode> states, IEnumerable<int> budgetYears)
    {
        var plan = new List<(AppealPlanRow Row, int Line)>();
        foreach (var row in table.Rows)
        {
            var theme = FundingNames.TryParseTheme(row["theme"], out var t)
                ? t
                : throw row.Error("theme", $"'{row["theme"]}' is not a theme (expected one of: {string.Join(", ", FundingNames.ThemeNames)})");
            var region = FundingNames.TryParseRegion(row["region"], out var r)
                ? r
                : throw row.Error("region", $"'{row["region"]}' is not a region (expected one of: {string.Join(", ", FundingNames.RegionNames)})");
            var share = row.Number("share", 0, 1);
            if (share == 0)
            {
                throw row.Error("share", "0 is out of range (expected a share above 0, at most 1)");
            }

            var countries = row.StateList("countries", states);
            var from = row.Year("from_year");
            var to = row.Year("to_year");
            if (to < from)
            {
                throw row.Error("to_year", $"{to} is before from_year {from}");
            }

            var line = new AppealPlanRow(theme, region, share, countries, from, to, row.Basis("basis", ValueBasis.ModellingAssumption, ValueBasis.Documented, ValueBasis.Inferred), row.Source());
            foreach (var (other, otherLine) in plan.Where(p => p.Row.Theme == theme && p.Row.Region == region))
            {
                if (from <= other.ToYear && other.FromYear <= to)
                {
                    throw row.Error("from_year", $"{row["theme"]} in {row["region"]} for {from}-{to} overlaps the row on line {otherLine} (expected one row per theme, region and year)");
                }
            }

            plan.Add((line, row.Line));
        }

        CheckShares(table, plan, budgetYears);
        return [.. plan.Select(p => p.Row)];
    }

    private static void CheckShares(SeedTable table, List<(AppealPlanRow Row, int Line)> plan, IEnumerable<int> budgetYears)
    {
        var years = plan.SelectMany(p => Enumerable.Range(p.Row.FromYear, p.Row.ToYear - p.Row.FromYear + 1)).Concat(budgetYears).ToHashSet();
        if (plan.Count > 0)
        {
            // A gap between the plan's first and last year is a year without a plan.
            years.UnionWith(Enumerable.Range(plan.Min(p => p.Row.FromYear), plan.Max(p => p.Row.ToYear) - plan.Min(p => p.Row.FromYear) + 1));
        }

        foreach (var year in years.Order())
        {
            var rows = plan.Where(p => p.Row.FromYear <= year && year <= p.Row.ToYear).ToList();
            var sum = rows.Sum(p => p.Row.Share);
            if (Math.Abs(sum - 1) > Tolerance)
            {
                var where = rows.Count == 0 ? "no row covers it" : $"rows on lines {string.Join(", ", rows.Select(p => p.Line))}";
                throw new SeedDataException(
                    table.File,
                    rows.Count == 0 ? 1 : rows[^1].Line,
                    "share",
                    $"the shares of {year} add up to {sum.ToString("0.######", CultureInfo.InvariantCulture)} (expected 1 ± 1e-6; {where})");
            }
        }
    }
}
