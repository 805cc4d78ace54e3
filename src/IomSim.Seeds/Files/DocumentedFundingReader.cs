using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Seeds.Yaml;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/documented-funding.yaml</c>: <c>facts</c>, each <c>{measure, year, donor (per-donor measures only),
/// value, definition, source}</c>. Shares are from 0 to 1; total revenue and assessed amounts are at least 0;
/// voluntary amounts are net and may be negative, as recorded.
/// </summary>
internal static class DocumentedFundingReader
{
    private static readonly string[] s_rootKeys = ["facts"];
    private static readonly string[] s_factKeys = ["measure", "year", "donor", "value", "definition", "source"];

    /// <summary>Each measure: whether it is per donor, and the smallest and largest value it can take.</summary>
    private static readonly ImmutableSortedDictionary<string, (bool PerDonor, decimal? Min, decimal? Max)> s_measures =
        new Dictionary<string, (bool, decimal?, decimal?)>
        {
            ["top-five-share"] = (false, 0m, 1m),
            ["assessed-usd"] = (true, 0m, null),
            ["voluntary-usd"] = (true, null, null),
            ["total-revenue-usd"] = (false, 0m, null),
            ["voluntary-share-of-budget"] = (false, 0m, 1m),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static ImmutableArray<DocumentedFundingFact> Read(TextReader text, string file, IReadOnlySet<StateCode> states)
    {
        var root = YamlMap.ReadDocument(text, file, s_rootKeys);
        var facts = ImmutableArray.CreateBuilder<DocumentedFundingFact>();
        foreach (var (node, path) in root.Items("facts"))
        {
            var map = new YamlMap(file, path, node, s_factKeys);
            var fact = ReadFact(map, states);
            if (facts.Any(f => f.Measure == fact.Measure && f.Year == fact.Year && f.Donor == fact.Donor && f.Source == fact.Source))
            {
                throw map.Error("source", $"duplicate fact: {fact.Measure} for {fact.Year}{(fact.Donor is { } d ? $" and {d}" : string.Empty)} from this source appears twice");
            }

            facts.Add(fact);
        }

        return facts.ToImmutable();
    }

    private static DocumentedFundingFact ReadFact(YamlMap map, IReadOnlySet<StateCode> states)
    {
        var measure = map.Text("measure", "a measure");
        if (!s_measures.TryGetValue(measure, out var rule))
        {
            throw map.Error("measure", $"'{measure}' is not a measure (expected one of: {string.Join(", ", s_measures.Keys)})");
        }

        var year = map.Year("year");
        var donorText = map.OptionalText("donor");
        DonorId? donor = null;
        if (rule.PerDonor)
        {
            var text = donorText ?? throw map.Error("donor", $"is missing (expected the donor: {measure} is a per-donor measure)");
            donor = DonorIds.TryRead(text, states, out var id) is { } problem ? throw map.Error("donor", problem) : id;
        }
        else if (donorText is not null)
        {
            throw map.Error("donor", $"'{donorText}' is given, but {measure} is not a per-donor measure (expected no donor)");
        }

        var value = map.Decimal("value");
        if (value < rule.Min || value > rule.Max)
        {
            throw map.Error("value", $"{map.Text("value", "a number")} is out of range for {measure} (expected {Range(rule.Min, rule.Max)})");
        }

        return new DocumentedFundingFact(measure, year, donor, value, map.Text("definition", "how the source defines the figure"), map.Source());
    }

    private static string Range(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } low, { } high) => $"a number from {low.ToString(CultureInfo.InvariantCulture)} to {high.ToString(CultureInfo.InvariantCulture)}",
        ({ } low, null) => $"a number of at least {low.ToString(CultureInfo.InvariantCulture)}",
        _ => "a number",
    };
}
