using System.Globalization;
using System.Text;
using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A Sankey-like flow in layers (<see cref="FlowLayout"/>): each node a bar as tall as the money through it, each link
/// a band as wide as its money, in its source's colour when it leaves the first layer and its target's after that;
/// no band crosses a label. Hovering a band gives both ends and the amount.
/// </summary>
public static class FlowChart
{
    /// <summary>The chart of <paramref name="links"/> between <paramref name="nodes"/> (in drawing order), keyed by <paramref name="legend"/>.</summary>
    public static XElement Render(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowLink> links, IReadOnlyList<LegendEntry> legend, string label)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(legend);
        var layout = FlowLayout.Of(nodes, links);
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var bands = layout.Bands.Select(band =>
        {
            var (from, to) = (byId[band.Link.From], byId[band.Link.To]);
            return Svg.El(
                "path",
                Svg.At("class", "link"),
                Svg.At("d", Path(band)),
                Svg.At("fill", from.Column == 0 ? from.Colour : to.Colour),
                Svg.At("fill-opacity", 0.45),
                Svg.Tip($"{from.Label} → {to.Label}: US$ {Figures.Millions(band.Link.Value)} M"));
        });
        var bars = nodes.Select(n =>
        {
            var bar = layout.Bars[n.Id];
            var text = layout.Labels[n.Id];
            var css = text.Inside ? "label inside" : text.Anchor == "start" ? "label halo" : "label";
            var written = Svg.El(
                "text",
                Svg.At("x", text.X),
                Svg.At("y", text.Y),
                Svg.At("class", css),
                text.Anchor == "start" ? null : Svg.At("text-anchor", text.Anchor),
                text.Inside ? Svg.At("fill", "#ffffff") : null,
                text.Lines.Select((line, i) => Svg.El("tspan", Svg.At("x", text.X), i == 0 ? null : Svg.At("dy", 14), line)));
            return Svg.El("g", Svg.At("class", "node"), Svg.Tip($"{n.Label}: US$ {Figures.Millions(Through(n, links))} M"), Svg.Rect(bar.X, bar.Y, bar.Width, bar.Height, n.Colour), written);
        });
        var legendTop = layout.Bottom + 26;
        return Svg.Root(
            FlowLayout.Width,
            legendTop + (Legend.Lines(legend, FlowLayout.Width - 20) * Legend.LineHeight) + 4,
            "flow",
            label,
            Svg.El("g", Svg.At("class", "links"), bands),
            Svg.El("g", Svg.At("class", "nodes"), bars),
            Legend.Render(legend, 10, legendTop, FlowLayout.Width - 20));
    }

    private static double Through(FlowNode n, IReadOnlyList<FlowLink> links) =>
        Math.Max(links.Where(l => l.From == n.Id && l.Value > 0).Sum(l => l.Value), links.Where(l => l.To == n.Id && l.Value > 0).Sum(l => l.Value));

    // The top edge left to right (curves, straight runs between them), then the bottom edge back.
    private static string Path(FlowBand band)
    {
        static string P(double x, double y) => $"{Figures.Coordinate(x)},{Figures.Coordinate(y)}";
        var w = band.Width;
        var s = band.Segments;
        var d = new StringBuilder($"M{P(s[0].X0, s[0].Y0)}");
        for (var i = 0; i < s.Length; i++)
        {
            var xm = (s[i].X0 + s[i].X1) / 2;
            if (i > 0)
            {
                d.Append(CultureInfo.InvariantCulture, $" L{P(s[i].X0, s[i].Y0)}");
            }

            d.Append(CultureInfo.InvariantCulture, $" C{P(xm, s[i].Y0)} {P(xm, s[i].Y1)} {P(s[i].X1, s[i].Y1)}");
        }

        d.Append(CultureInfo.InvariantCulture, $" L{P(s[^1].X1, s[^1].Y1 + w)}");
        for (var i = s.Length - 1; i >= 0; i--)
        {
            var xm = (s[i].X0 + s[i].X1) / 2;
            if (i < s.Length - 1)
            {
                d.Append(CultureInfo.InvariantCulture, $" L{P(s[i].X1, s[i].Y1 + w)}");
            }

            d.Append(CultureInfo.InvariantCulture, $" C{P(xm, s[i].Y1 + w)} {P(xm, s[i].Y0 + w)} {P(s[i].X0, s[i].Y0 + w)}");
        }

        return d.Append(" Z").ToString();
    }
}
