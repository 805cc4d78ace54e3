namespace IomSim.Reports.Charts;

/// <summary>A node of a <see cref="FlowChart"/>.</summary>
/// <param name="Id">Its key in links.</param>
/// <param name="Label">What it is, written beside it.</param>
/// <param name="Column">0 left, 1 middle, 2 right.</param>
/// <param name="Colour">Its colour; links take their source's.</param>
public sealed record FlowNode(string Id, string Label, int Column, string Colour);
