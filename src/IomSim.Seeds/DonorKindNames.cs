using IomSim.Domain.Funding;

namespace IomSim.Seeds;

/// <summary>How the seed files write a <see cref="DonorKind"/>: kebab case (<c>state</c>, <c>european-union</c>, <c>multilateral</c>, <c>private</c>, <c>other</c>).</summary>
public static class DonorKindNames
{
    private static readonly Dictionary<string, DonorKind> s_byName = new(StringComparer.Ordinal)
    {
        ["state"] = DonorKind.State,
        ["european-union"] = DonorKind.EuropeanUnion,
        ["multilateral"] = DonorKind.Multilateral,
        ["private"] = DonorKind.Private,
        ["other"] = DonorKind.Other,
    };

    /// <summary>Every name, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_byName.OrderBy(pair => pair.Value).Select(pair => pair.Key)];

    /// <summary>Reads a kind's name.</summary>
    public static bool TryParse(string? text, out DonorKind kind)
    {
        kind = default;
        return text is not null && s_byName.TryGetValue(text, out kind);
    }

    /// <summary>Writes a kind's name.</summary>
    public static string Format(DonorKind kind) => s_byName.First(pair => pair.Value == kind).Key;
}
