using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>A chart's legend, drawn inside the SVG so it prints and travels with the chart; keys flow left to right and wrap.</summary>
public static class Legend
{
    /// <summary>Height of one legend line.</summary>
    public const double LineHeight = 20;

    /// <summary>The legend's group, from (<paramref name="x"/>, <paramref name="y"/>) across <paramref name="width"/>.</summary>
    public static XElement Render(IReadOnlyList<LegendEntry> entries, double x, double y, double width)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var group = Svg.El("g", Svg.At("class", "legend"));
        var (cx, cy) = (x, y);
        foreach (var entry in entries)
        {
            var size = 26 + (entry.Label.Length * 6.6);
            if (cx + size > x + width && cx > x)
            {
                (cx, cy) = (x, cy + LineHeight);
            }

            group.Add(Svg.El("g", Svg.At("class", "key"), Key(entry, cx, cy), Svg.Text(cx + 18, cy + 11, entry.Label)));
            cx += size + 12;
        }

        return group;
    }

    /// <summary>How many lines the legend takes across <paramref name="width"/>.</summary>
    public static int Lines(IReadOnlyList<LegendEntry> entries, double width)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (lines, used) = (1, 0.0);
        foreach (var size in entries.Select(e => 26 + (e.Label.Length * 6.6)))
        {
            if (used + size > width && used > 0)
            {
                (lines, used) = (lines + 1, 0);
            }

            used += size + 12;
        }

        return lines;
    }

    private static XElement Key(LegendEntry entry, double x, double y) => entry.Shape switch
    {
        "dot" => Svg.El("circle", Svg.At("cx", x + 6), Svg.At("cy", y + 7), Svg.At("r", 5.5), Svg.At("fill", entry.Fill), Svg.At("stroke", entry.Stroke)),
        "line" => Svg.El("line", Svg.At("x1", x), Svg.At("y1", y + 7), Svg.At("x2", x + 13), Svg.At("y2", y + 7), Svg.At("stroke", entry.Fill), Svg.At("stroke-width", 2.5)),
        "ring" => Svg.El("circle", Svg.At("cx", x + 6), Svg.At("cy", y + 7), Svg.At("r", 4.8), Svg.At("fill", "none"), Svg.At("stroke", entry.Stroke), Svg.At("stroke-width", 2)),
        "pip" => Svg.El("circle", Svg.At("cx", x + 6), Svg.At("cy", y + 7), Svg.At("r", 2.6), Svg.At("fill", "#FFFFFF"), Svg.At("stroke", entry.Stroke), Svg.At("stroke-width", 1.4)),
        "tick" => Svg.Rect(x + 5, y, 3, 14, entry.Fill),
        _ => Svg.Rect(x, y + 1, 12, 12, entry.Fill, Svg.At("stroke", entry.Stroke)),
    };
}
