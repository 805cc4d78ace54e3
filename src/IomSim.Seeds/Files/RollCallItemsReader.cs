using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.Decisions;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/roll-call-items.csv</c> (written by the position-estimation tool): every fitted UN General Assembly
/// roll call with its item parameters, from which motions are placed (<c>placed_by</c> in a scenario).
/// </summary>
internal static class RollCallItemsReader
{
    public static readonly string[] Columns =
        ["rcid", "symbol", "date", "issues", "title", "description", "discrimination1", "discrimination2", "lower_cut", "upper_cut", "source"];

    // Fitted item parameters are on the logit scale of a standard normal prior: anything beyond this is a broken file.
    private const double Bound = 1000;

    public static ImmutableArray<RollCallItem> Read(SeedTable table)
    {
        var items = ImmutableArray.CreateBuilder<RollCallItem>();
        var seen = new HashSet<int>();
        foreach (var row in table.Rows)
        {
            var rcid = row.Integer("rcid", 1);
            if (!seen.Add(rcid))
            {
                throw row.Error("rcid", $"duplicate row: roll call {rcid} appears twice");
            }

            var dateText = row.Required("date", "a date YYYY-MM-DD");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw row.Error("date", $"'{dateText}' is not a date (expected YYYY-MM-DD)");
            }

            var lower = row.Number("lower_cut", -Bound, Bound);
            var upper = row.Number("upper_cut", -Bound, Bound);
            if (upper < lower)
            {
                throw row.Error("upper_cut", $"{upper.ToString(CultureInfo.InvariantCulture)} is below lower_cut {lower.ToString(CultureInfo.InvariantCulture)} (expected upper_cut ≥ lower_cut)");
            }

            row.Source();
            var issues = (row.Optional("issues") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            items.Add(new RollCallItem(
                rcid,
                row.Optional("symbol") ?? string.Empty,
                date,
                issues,
                row.Optional("title") ?? string.Empty,
                row.Optional("description") ?? string.Empty,
                new ItemParameters(
                    new IdealCoordinates(row.Number("discrimination1", -Bound, Bound), row.Number("discrimination2", -Bound, Bound)),
                    lower,
                    upper)));
        }

        return items.ToImmutable();
    }
}
