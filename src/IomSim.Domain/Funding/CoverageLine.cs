namespace IomSim.Domain.Funding;

/// <summary>How well a group of projects (a theme, a region, or all) was funded.</summary>
/// <param name="Key">The group: a theme's or region's name (<see cref="FundingNames"/>), or <c>all</c>.</param>
/// <param name="Projects">How many projects.</param>
/// <param name="Unfunded">How many got no money at all.</param>
/// <param name="Cancelled">How many were cancelled for too little money.</param>
/// <param name="CostUsd">Their whole cost.</param>
/// <param name="FundedUsd">Money pledged and accepted, before any cancellation.</param>
public sealed record CoverageLine(string Key, int Projects, int Unfunded, int Cancelled, decimal CostUsd, decimal FundedUsd)
{
    /// <summary>Appeal coverage: funded share of the cost, 0 to 1 (0 when the group costs nothing, e.g. has no projects).</summary>
    public double Coverage => ProjectAccount.CoverageOf(CostUsd, FundedUsd, ifFree: 0.0);
}
