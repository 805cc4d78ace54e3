using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/donor-priorities.csv</c>: <c>donor,themes,regions,basis,source</c>, where <c>themes</c> and
/// <c>regions</c> are space-separated <c>name:weight</c> pairs (names from <see cref="FundingNames"/>, weights from 0
/// to 5; an unlisted name weighs 1). Every donor must have contributions in <c>seeds/contributions.csv</c>.
/// </summary>
internal static class DonorPrioritiesReader
{
    public static readonly string[] Columns = ["donor", "themes", "regions", "basis", "source"];

    private const double MaxWeight = 5;

    /// <summary>The donors of <paramref name="donors"/>, with the seeded priorities in place of the neutral ones.</summary>
    public static ImmutableSortedDictionary<DonorId, DonorProfile> Read(
        SeedTable table, IReadOnlySet<StateCode> states, ImmutableSortedDictionary<DonorId, DonorProfile> donors)
    {
        var profiles = donors.ToBuilder();
        var seen = new Dictionary<DonorId, int>();
        foreach (var row in table.Rows)
        {
            var donor = row.Donor("donor", states);
            if (!donors.TryGetValue(donor, out var profile))
            {
                throw row.Error("donor", $"{donor} has no contributions in seeds/{SeedFiles.Contributions} (expected priorities only for recorded donors)");
            }

            if (!seen.TryAdd(donor, row.Line))
            {
                throw row.Error("donor", $"duplicate row: {donor} is already on line {seen[donor]}");
            }

            var themes = Weights<Theme>(row, "themes", FundingNames.TryParseTheme, FundingNames.ThemeNames);
            var regions = Weights<Region>(row, "regions", FundingNames.TryParseRegion, FundingNames.RegionNames);
            if (themes.IsEmpty && regions.IsEmpty)
            {
                throw row.Error("themes", "the row sets no weight (expected name:weight pairs in themes or regions)");
            }

            var basis = row.Basis("basis", ValueBasis.ModellingAssumption, ValueBasis.Documented, ValueBasis.Dataset, ValueBasis.Inferred);
            profiles[donor] = profile with { Priorities = new DonorPriorities(themes, regions), Basis = basis, Source = row.Source() };
        }

        return profiles.ToImmutable();
    }

    private delegate bool NameParser<T>(string? text, out T value);

    private static ImmutableSortedDictionary<T, double> Weights<T>(SeedRow row, string column, NameParser<T> parse, ImmutableArray<string> names)
        where T : struct, Enum
    {
        var weights = ImmutableSortedDictionary.CreateBuilder<T, double>();
        foreach (var pair in row[column].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw row.Error(column, $"'{pair}' is not name:weight (expected e.g. {names[0]}:1.5)");
            }

            var name = pair[..colon];
            if (!parse(name, out var key))
            {
                throw row.Error(column, $"'{name}' is not a {column[..^1]} (expected one of: {string.Join(", ", names)})");
            }

            var text = pair[(colon + 1)..];
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight) || !double.IsFinite(weight))
            {
                throw row.Error(column, $"'{text}' in '{pair}' is not a number (expected a weight from 0 to {MaxWeight})");
            }

            if (weight is < 0 or > MaxWeight)
            {
                throw row.Error(column, $"{text} in '{pair}' is out of range (expected a weight from 0 to {MaxWeight})");
            }

            if (!weights.TryAdd(key, weight))
            {
                throw row.Error(column, $"duplicate entry: '{name}' is already in the list");
            }
        }

        return weights.ToImmutable();
    }
}
