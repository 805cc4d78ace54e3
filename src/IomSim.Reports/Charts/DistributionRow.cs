using IomSim.Engine.Results;

namespace IomSim.Reports.Charts;

/// <summary>One quantity's distribution over runs, as a row of a <see cref="DistributionChart"/>.</summary>
/// <param name="Label">What it is (<c>yes</c>, <c>absent</c>, …).</param>
/// <param name="Value">Its mean and 5th and 95th percentiles.</param>
public sealed record DistributionRow(string Label, Distribution Value);
