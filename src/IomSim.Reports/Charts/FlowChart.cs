using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A Sankey-like flow in three columns: each node a bar as tall as the money through it, each link a band as wide as
/// its money, drawn in its source's colour; hovering a band gives both ends and the amount.
/// </summary>
public static class FlowChart
{
    private const double Width = 900;
    private const double Height = 380;
    private const double NodeWidth = 12;
    private const double Gap = 8;
    private static readonly double[] s_columns = [200, 440, 660];

    /// <summary>The chart of <paramref name="links"/> between <paramref name="nodes"/> (in drawing order), keyed by <paramref name="legend"/>.</summary>
    public static XElement Render(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowLink> links, IReadOnlyList<LegendEntry> legend, string label)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(legend);
        double Through(FlowNode n) => Math.Max(links.Where(l => l.From == n.Id).Sum(l => l.Value), links.Where(l => l.To == n.Id).Sum(l => l.Value));
        var columns = Enumerable.Range(0, 3).Select(c => nodes.Where(n => n.Column == c).ToArray()).ToArray();
        var scale = columns.Where(c => c.Length > 0).Select(c => (Height - (Gap * (c.Length - 1))) / Math.Max(1, c.Sum(Through))).DefaultIfEmpty(0).Min();

        var place = new Dictionary<string, (double X, double Y, double H)>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var y = 10.0;
            foreach (var node in column)
            {
                var h = Math.Max(1, Through(node) * scale);
                place[node.Id] = (s_columns[node.Column], y, h);
                y += h + Gap;
            }
        }

        var outOffset = nodes.ToDictionary(n => n.Id, _ => 0.0, StringComparer.Ordinal);
        var inOffset = nodes.ToDictionary(n => n.Id, _ => 0.0, StringComparer.Ordinal);
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var bands = new List<XElement>();
        foreach (var link in links.Where(l => l.Value > 0 && place.ContainsKey(l.From) && place.ContainsKey(l.To)))
        {
            var (from, to) = (place[link.From], place[link.To]);
            var width = link.Value * scale;
            var (y0, y1) = (from.Y + outOffset[link.From], to.Y + inOffset[link.To]);
            outOffset[link.From] += width;
            inOffset[link.To] += width;
            var (x0, x1) = (from.X + NodeWidth, to.X);
            var xm = (x0 + x1) / 2;
            string P(double x, double y) => $"{Figures.Coordinate(x)},{Figures.Coordinate(y)}";
            var d = $"M{P(x0, y0)} C{P(xm, y0)} {P(xm, y1)} {P(x1, y1)} L{P(x1, y1 + width)} C{P(xm, y1 + width)} {P(xm, y0 + width)} {P(x0, y0 + width)} Z";
            bands.Add(Svg.El(
                "path",
                Svg.At("class", "link"),
                Svg.At("d", d),
                Svg.At("fill", byId[link.From].Colour),
                Svg.At("fill-opacity", 0.45),
                Svg.Tip($"{byId[link.From].Label} → {byId[link.To].Label}: US$ {Figures.Millions(link.Value)} M")));
        }

        // Labels sit at their node's middle, pushed down just enough not to overlap the one above (small nodes crowd).
        var labelY = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var below = double.MinValue;
            foreach (var node in column)
            {
                var (_, y, h) = place[node.Id];
                below = Math.Max(y + (h / 2) + 4, below + 14);
                labelY[node.Id] = below;
            }
        }

        var bars = nodes.Where(n => place.ContainsKey(n.Id)).Select(n =>
        {
            var (x, y, h) = place[n.Id];
            var text = $"{n.Label} {Figures.Millions(Through(n))}";
            var labelled = n.Column == 0
                ? Svg.Text(x - 6, labelY[n.Id], text, "label", "end")
                : Svg.Text(x + NodeWidth + 6, labelY[n.Id], text, "label halo");
            return Svg.El("g", Svg.At("class", "node"), Svg.Tip($"{n.Label}: US$ {Figures.Millions(Through(n))} M"), Svg.Rect(x, y, NodeWidth, h, n.Colour), labelled);
        });
        var legendTop = Math.Max(Height, labelY.Values.DefaultIfEmpty(0).Max()) + 26;
        return Svg.Root(
            Width,
            legendTop + (Legend.Lines(legend, Width - 20) * Legend.LineHeight) + 4,
            "flow",
            label,
            Svg.El("g", Svg.At("class", "links"), bands),
            Svg.El("g", Svg.At("class", "nodes"), bars),
            Legend.Render(legend, 10, legendTop, Width - 20));
    }
}
