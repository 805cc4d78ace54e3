namespace IomSim.Engine.Sweeps;

/// <summary>One tally column over the runs of a setting that held a formal vote.</summary>
/// <param name="Column"><c>yes</c>, <c>no</c>, <c>abstain</c>, <c>absent</c> or <c>not_entitled</c>.</param>
/// <param name="Mean">The mean with its 95% confidence interval (Student's t).</param>
/// <param name="P05">The 5th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record TallyStatistic(string Column, Interval Mean, double P05, double P95);
