using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// One line of the plan that turns a year's appeal total into projects: a theme in a region takes
/// <paramref name="Share"/> of the total, split evenly into one project per requesting country (or one regional
/// project when none is listed).
/// </summary>
/// <param name="Theme">The theme.</param>
/// <param name="Region">The region.</param>
/// <param name="Share">Share of the year's appeal total, 0 to 1; the plan's shares add up to 1.</param>
/// <param name="Countries">The states that request the projects, in order.</param>
/// <param name="FromYear">First year the line applies (inclusive).</param>
/// <param name="ToYear">Last year the line applies (inclusive).</param>
/// <param name="Basis">Basis.</param>
/// <param name="Source">Source.</param>
public sealed record AppealPlanRow(
    Theme Theme,
    Region Region,
    double Share,
    ImmutableArray<StateCode> Countries,
    int FromYear,
    int ToYear,
    ValueBasis Basis,
    string Source);
