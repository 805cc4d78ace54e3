namespace IomSim.Engine.Results;

/// <summary>How much of a part of the appeal was funded, over runs.</summary>
/// <param name="Key">The theme, region, or <c>all</c>.</param>
/// <param name="Projects">How many projects.</param>
/// <param name="CostUsd">Their cost.</param>
/// <param name="FundedUsd">Pledged and accepted, mean over runs.</param>
/// <param name="Coverage">Funded over cost.</param>
/// <param name="Unfunded">Projects that got nothing, mean over runs.</param>
/// <param name="Cancelled">Projects that never started, mean over runs.</param>
public sealed record CoverageSummary(string Key, int Projects, double CostUsd, double FundedUsd, Distribution Coverage, double Unfunded, double Cancelled);
