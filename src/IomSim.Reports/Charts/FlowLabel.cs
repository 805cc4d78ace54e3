using System.Collections.Immutable;

namespace IomSim.Reports.Charts;

/// <summary>Where a node's label is written: its lines from (<paramref name="X"/>, <paramref name="Y"/>), and the room they take.</summary>
/// <param name="Lines">The text, one line each.</param>
/// <param name="X">The anchor's x.</param>
/// <param name="Y">The first line's baseline.</param>
/// <param name="Anchor"><c>start</c>, <c>middle</c> or <c>end</c>.</param>
/// <param name="Inside">Whether it is written inside the node's bar (light text on the bar's colour).</param>
/// <param name="Box">The room it takes (an estimate from the number of characters).</param>
public sealed record FlowLabel(ImmutableArray<string> Lines, double X, double Y, string Anchor, bool Inside, FlowBox Box);
