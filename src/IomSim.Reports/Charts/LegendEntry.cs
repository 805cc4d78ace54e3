namespace IomSim.Reports.Charts;

/// <summary>One key of a chart's legend.</summary>
/// <param name="Label">What it stands for.</param>
/// <param name="Fill">Its colour.</param>
/// <param name="Stroke">Its outline, or <c>none</c>.</param>
/// <param name="Shape"><c>box</c>, <c>dot</c>, <c>ring</c>, <c>pip</c>, <c>line</c> or <c>tick</c>.</param>
public sealed record LegendEntry(string Label, string Fill, string Stroke = "none", string Shape = "box");
