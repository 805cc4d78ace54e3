using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>A linear scale from a domain [0, max] onto a span of pixels, with round tick values for its axis.</summary>
/// <param name="Max">The top of the domain (above zero).</param>
/// <param name="Start">Where zero is drawn.</param>
/// <param name="Length">How many pixels the domain spans.</param>
public sealed record Axis(double Max, double Start, double Length)
{
    /// <summary>Where <paramref name="value"/> is drawn.</summary>
    public double At(double value) => Start + (Max <= 0 ? 0 : value / Max * Length);

    /// <summary>A length for <paramref name="value"/>.</summary>
    public double Span(double value) => Max <= 0 ? 0 : value / Max * Length;

    /// <summary>A top for a domain holding <paramref name="value"/>: the next round number (1, 2 or 5 times a power of ten).</summary>
    public static double RoundUp(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(m => m >= value - 1e-9);
    }

    /// <summary>About five round tick values from 0 to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var step = RoundUp(Max / 5);
        var count = (int)Math.Floor((Max / step) + 1e-9);
        return [.. Enumerable.Range(0, count + 1).Select(i => i * step)];
    }

    /// <summary>A horizontal axis at <paramref name="y"/>: grid lines up to <paramref name="top"/> and labels written by <paramref name="label"/>.</summary>
    public XElement Horizontal(double y, double top, Func<double, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Svg.El(
            "g",
            Svg.At("class", "axis"),
            Ticks().Select(t => Svg.El("g", Svg.Line(At(t), top, At(t), y, "grid"), Svg.Text(At(t), y + 14, label(t), "tick", "middle"))),
            Svg.Line(Start, y, Start + Length, y, "baseline"));
    }
}
