namespace IomSim.Engine.Results;

/// <summary>Each tally column's distribution over the runs that held a formal vote.</summary>
public sealed record TallySummary(Distribution Yes, Distribution No, Distribution Abstain, Distribution Absent, Distribution NotEntitled);
