namespace IomSim.Reports.Charts;

/// <summary>An event marked on a timeline.</summary>
/// <param name="Date">The day.</param>
/// <param name="Label">What happened.</param>
public sealed record TimelineMark(DateOnly Date, string Label);
