using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>The names themes, regions, project statuses and donor kinds have in files, scenarios and reports (kebab case).</summary>
public static class FundingNames
{
    private static readonly ImmutableSortedDictionary<Theme, string> s_themes = new Dictionary<Theme, string>
    {
        [Theme.EmergencyResponse] = "emergency-response",
        [Theme.ReturnAndReintegration] = "return-and-reintegration",
        [Theme.BorderManagement] = "border-management",
        [Theme.LabourMobility] = "labour-mobility",
        [Theme.ClimateMigration] = "climate-migration",
        [Theme.Health] = "health",
    }.ToImmutableSortedDictionary();

    private static readonly ImmutableSortedDictionary<Region, string> s_regions = new Dictionary<Region, string>
    {
        [Region.Africa] = "africa",
        [Region.Americas] = "americas",
        [Region.AsiaPacific] = "asia-pacific",
        [Region.EuropeCentralAsia] = "europe-central-asia",
        [Region.MiddleEastNorthAfrica] = "middle-east-north-africa",
        [Region.Global] = "global",
    }.ToImmutableSortedDictionary();

    private static readonly ImmutableSortedDictionary<ProjectStatus, string> s_statuses = new Dictionary<ProjectStatus, string>
    {
        [ProjectStatus.Unfunded] = "unfunded",
        [ProjectStatus.PartlyFunded] = "partly-funded",
        [ProjectStatus.Funded] = "funded",
        [ProjectStatus.Running] = "running",
        [ProjectStatus.Closed] = "closed",
        [ProjectStatus.Cancelled] = "cancelled",
    }.ToImmutableSortedDictionary();

    private static readonly ImmutableSortedDictionary<DonorKind, string> s_kinds = new Dictionary<DonorKind, string>
    {
        [DonorKind.State] = "state",
        [DonorKind.EuropeanUnion] = "european-union",
        [DonorKind.Multilateral] = "multilateral",
        [DonorKind.Private] = "private",
        [DonorKind.Other] = "other",
    }.ToImmutableSortedDictionary();

    /// <summary>Every theme's name, in enum order.</summary>
    public static ImmutableArray<string> ThemeNames { get; } = [.. s_themes.Values];

    /// <summary>Every region's name, in enum order.</summary>
    public static ImmutableArray<string> RegionNames { get; } = [.. s_regions.Values];

    /// <summary>Every donor kind's name, in enum order.</summary>
    public static ImmutableArray<string> KindNames { get; } = [.. s_kinds.Values];

    /// <summary>A theme's name.</summary>
    public static string Of(Theme theme) => s_themes[theme];

    /// <summary>A region's name.</summary>
    public static string Of(Region region) => s_regions[region];

    /// <summary>A status's name.</summary>
    public static string Of(ProjectStatus status) => s_statuses[status];

    /// <summary>A donor kind's name.</summary>
    public static string Of(DonorKind kind) => s_kinds[kind];

    /// <summary>Reads a donor kind's name.</summary>
    public static bool TryParseKind(string? text, out DonorKind kind) => TryParse(s_kinds, text, out kind);

    /// <summary>Reads a theme's name.</summary>
    public static bool TryParseTheme(string? text, out Theme theme) => TryParse(s_themes, text, out theme);

    /// <summary>Reads a region's name.</summary>
    public static bool TryParseRegion(string? text, out Region region) => TryParse(s_regions, text, out region);

    private static bool TryParse<T>(ImmutableSortedDictionary<T, string> names, string? text, out T value)
        where T : struct, Enum
    {
        foreach (var (key, name) in names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
