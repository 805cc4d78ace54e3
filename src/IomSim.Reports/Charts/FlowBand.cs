using System.Collections.Immutable;

namespace IomSim.Reports.Charts;

/// <summary>
/// How a link is drawn: a band of constant width through one or more segments, each a curve from one layer's right
/// edge to the next one's left edge with level ends, joined by straight runs across the layers it passes through.
/// </summary>
/// <param name="Link">The link.</param>
/// <param name="Width">The band's width (its money, scaled).</param>
/// <param name="Segments">Its curves, left to right.</param>
public sealed record FlowBand(FlowLink Link, double Width, ImmutableArray<FlowSegment> Segments)
{
    /// <summary>
    /// Points along the band's top edge, <paramref name="steps"/> per segment and along each straight run: at each x the
    /// band spans [y, y + <see cref="Width"/>].
    /// </summary>
    public IEnumerable<(double X, double Y)> TopEdge(int steps = 64)
    {
        for (var s = 0; s < Segments.Length; s++)
        {
            var segment = Segments[s];
            for (var i = 0; i <= steps; i++)
            {
                yield return segment.At((double)i / steps);
            }

            if (s + 1 < Segments.Length)
            {
                var next = Segments[s + 1];
                for (var i = 1; i < steps; i++)
                {
                    yield return (segment.X1 + ((next.X0 - segment.X1) * i / steps), segment.Y1);
                }
            }
        }
    }
}
