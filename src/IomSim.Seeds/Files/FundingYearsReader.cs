using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/funding-years.csv</c>: <c>year,total_revenue_usd,assessed_usd,earmarked_usd,unearmarked_usd,
/// administrative_part_chf,administrative_part_basis,usd_per_chf,usd_per_chf_basis,appeal_usd,appeal_basis,source</c>.
/// Amounts are at least 0; the exchange rate is above 0.
/// </summary>
internal static class FundingYearsReader
{
    public static readonly string[] Columns =
    [
        "year", "total_revenue_usd", "assessed_usd", "earmarked_usd", "unearmarked_usd", "administrative_part_chf", "administrative_part_basis",
        "usd_per_chf", "usd_per_chf_basis", "appeal_usd", "appeal_basis", "source",
    ];

    public static ImmutableSortedDictionary<int, BudgetYear> Read(SeedTable table)
    {
        var years = ImmutableSortedDictionary.CreateBuilder<int, BudgetYear>();
        var lines = new Dictionary<int, int>();
        foreach (var row in table.Rows)
        {
            var year = row.Year("year");
            var total = row.Amount("total_revenue_usd", 0m);
            var assessed = row.Amount("assessed_usd", 0m);
            var earmarked = row.Amount("earmarked_usd", 0m);
            var unearmarked = row.Amount("unearmarked_usd", 0m);
            if (assessed + earmarked + unearmarked > total)
            {
                throw row.Error("total_revenue_usd", $"{row["total_revenue_usd"]} is less than assessed + earmarked + unearmarked ({assessed + earmarked + unearmarked})");
            }

            var administrative = row.Amount("administrative_part_chf", 0m);
            var administrativeBasis = row.Basis("administrative_part_basis", ValueBasis.Documented, ValueBasis.Inferred);
            var rate = row.Amount("usd_per_chf", 0m);
            if (rate == 0m)
            {
                throw row.Error("usd_per_chf", "0 is out of range (expected a rate above 0: US dollars per Swiss franc)");
            }

            // The rate's basis is checked but not kept: BudgetYear carries it in its source.
            row.Basis("usd_per_chf_basis", ValueBasis.Documented, ValueBasis.Dataset, ValueBasis.GeneralKnowledge);
            var appeal = row.Amount("appeal_usd", 0m);
            var appealBasis = row.Basis("appeal_basis", ValueBasis.Documented, ValueBasis.Inferred, ValueBasis.ModellingAssumption);
            var budget = new BudgetYear(year, total, assessed, earmarked, unearmarked, administrative, administrativeBasis, rate, appeal, appealBasis, row.Source());
            if (!lines.TryAdd(year, row.Line))
            {
                throw row.Error("year", $"duplicate row: {year} is already on line {lines[year]}");
            }

            years.Add(year, budget);
        }

        return years.ToImmutable();
    }
}
