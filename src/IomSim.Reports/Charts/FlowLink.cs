namespace IomSim.Reports.Charts;

/// <summary>Money from one node to another.</summary>
/// <param name="From">The source node's id.</param>
/// <param name="To">The target node's id.</param>
/// <param name="Value">How much (US dollars).</param>
public sealed record FlowLink(string From, string To, double Value);
