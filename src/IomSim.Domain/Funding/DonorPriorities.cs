using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>
/// What a donor prefers to fund: a weight per theme and per region, each at least 0; a theme or region without a
/// weight has weight 1. A project's appeal to the donor is its theme's weight times its region's.
/// </summary>
/// <param name="Themes">Weights by theme.</param>
/// <param name="Regions">Weights by region.</param>
public sealed record DonorPriorities(ImmutableSortedDictionary<Theme, double> Themes, ImmutableSortedDictionary<Region, double> Regions)
{
    /// <summary>No preference: every project weighs 1.</summary>
    public static DonorPriorities Neutral { get; } = new(ImmutableSortedDictionary<Theme, double>.Empty, ImmutableSortedDictionary<Region, double>.Empty);

    /// <summary>How much the donor wants to fund a project on <paramref name="theme"/> in <paramref name="region"/>.</summary>
    public double WeightOf(Theme theme, Region region) => Themes.GetValueOrDefault(theme, 1.0) * Regions.GetValueOrDefault(region, 1.0);
}
