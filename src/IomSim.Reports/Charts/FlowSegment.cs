namespace IomSim.Reports.Charts;

/// <summary>One curve of a band's top edge, from (<paramref name="X0"/>, <paramref name="Y0"/>) to (<paramref name="X1"/>, <paramref name="Y1"/>), level at both ends.</summary>
/// <param name="X0">Start x.</param>
/// <param name="Y0">Start y.</param>
/// <param name="X1">End x.</param>
/// <param name="Y1">End y.</param>
public sealed record FlowSegment(double X0, double Y0, double X1, double Y1)
{
    /// <summary>The point at <paramref name="t"/> (0 to 1) of the cubic curve with both control points at the middle x.</summary>
    public (double X, double Y) At(double t)
    {
        var u = 1 - t;
        var xm = (X0 + X1) / 2;
        var x = (X0 * u * u * u) + (3 * xm * u * u * t) + (3 * xm * u * t * t) + (X1 * t * t * t);
        var y = (Y0 * ((u * u * u) + (3 * u * u * t))) + (Y1 * ((3 * u * t * t) + (t * t * t)));
        return (x, y);
    }
}
