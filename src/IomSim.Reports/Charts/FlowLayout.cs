using System.Collections.Immutable;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A layered layout of a flow: each node's column is its layer, left to right; a link that skips layers runs
/// straight through a channel of its own below the nodes of each layer it crosses. Labels never sit where a band
/// runs: the first layer's to the left, the last layer's to the right, and inner layers' inside their bar (wide
/// bars), or just under it within the bar's column when the bar is too short. Bands join their nodes sorted by the
/// other end's height, which keeps them from crossing each other where they can.
/// </summary>
/// <param name="Bars">Each node's bar.</param>
/// <param name="Labels">Each node's label.</param>
/// <param name="Bands">Each drawn link (links of no money are left out), in the links' order.</param>
/// <param name="Bottom">The lowest point anything reaches.</param>
public sealed record FlowLayout(
    ImmutableDictionary<string, FlowBox> Bars,
    ImmutableDictionary<string, FlowLabel> Labels,
    ImmutableArray<FlowBand> Bands,
    double Bottom)
{
    /// <summary>The chart's width.</summary>
    public const double Width = 900;

    /// <summary>The bars of the first and last layers.</summary>
    public const double NodeWidth = 12;

    /// <summary>The bars of inner layers, wide enough to hold their label.</summary>
    public const double InnerWidth = 140;

    /// <summary>The estimated width of a character of a 12 px label.</summary>
    public const double CharWidth = 6.6;

    private const double Height = 380;
    private const double Top = 10;
    private const double Gap = 8;
    private const double LeftRoom = 190;
    private const double RightRoom = 230;
    private const double LineHeight = 14;

    /// <summary>The layout of <paramref name="links"/> between <paramref name="nodes"/> (each layer's nodes top to bottom in this order).</summary>
    /// <exception cref="ArgumentException">A link that does not run from a lower layer to a higher one, or names an unknown node.</exception>
    public static FlowLayout Of(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowLink> links)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(links);
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var drawn = links.Where(l => l.Value > 0).ToArray();
        foreach (var link in drawn)
        {
            if (!byId.TryGetValue(link.From, out var from) || !byId.TryGetValue(link.To, out var to) || from.Column >= to.Column)
            {
                throw new ArgumentException($"The link {link.From} → {link.To} must join known nodes from a lower layer to a higher one.", nameof(links));
            }
        }

        var last = nodes.Count == 0 ? 0 : nodes.Max(n => n.Column);
        double Through(FlowNode n) => Math.Max(drawn.Where(l => l.From == n.Id).Sum(l => l.Value), drawn.Where(l => l.To == n.Id).Sum(l => l.Value));
        double Left(int layer) => LayerX(layer, last);
        double WidthOf(int layer) => layer == 0 || layer == last ? NodeWidth : InnerWidth;

        // Each layer's items: its nodes, then a channel per target for the links passing through it.
        var items = Enumerable.Range(0, last + 1).Select(_ => new List<(string Key, double Value, FlowNode? Node)>()).ToArray();
        foreach (var node in nodes)
        {
            items[node.Column].Add((node.Id, Through(node), node));
        }

        var targetOrder = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var group in drawn.Where(l => byId[l.To].Column - byId[l.From].Column > 1)
            .SelectMany(l => Enumerable.Range(byId[l.From].Column + 1, byId[l.To].Column - byId[l.From].Column - 1).Select(layer => (Layer: layer, Link: l)))
            .GroupBy(p => (p.Layer, p.Link.To))
            .OrderBy(g => targetOrder[g.Key.To]))
        {
            items[group.Key.Layer].Add((Channel(group.Key.Layer, group.Key.To), group.Sum(p => p.Link.Value), null));
        }

        var scale = items.Where(i => i.Count > 0).Select(i => (Height - (Gap * (i.Count - 1))) / Math.Max(1, i.Sum(x => x.Value))).DefaultIfEmpty(0).Min();
        var place = new Dictionary<string, FlowBox>(StringComparer.Ordinal);
        var bottom = Top;
        for (var layer = 0; layer <= last; layer++)
        {
            var y = Top;
            foreach (var (key, value, node) in items[layer])
            {
                var h = Math.Max(1, value * scale);
                place[key] = new FlowBox(Left(layer), y, WidthOf(layer), h);
                var inner = node is not null && layer != 0 && layer != last;
                y += (inner && h < (2 * LineHeight) + 4 ? h + (2 * LineHeight) + 4 : h) + Gap;
            }

            bottom = Math.Max(bottom, y - Gap);
        }

        var bands = BandsOf(drawn, byId, place, scale);
        var labels = LabelsOf(nodes, place, last, Through);
        bottom = Math.Max(bottom, labels.Values.Select(l => l.Box.Y + l.Box.Height).DefaultIfEmpty(0).Max());
        return new FlowLayout(nodes.ToImmutableDictionary(n => n.Id, n => place[n.Id], StringComparer.Ordinal), labels, bands, bottom);
    }

    private static string Channel(int layer, string target) => $"\u0001{layer}:{target}";

    private static double LayerX(int layer, int last)
    {
        if (last == 0)
        {
            return LeftRoom;
        }

        var right = Width - RightRoom - NodeWidth;
        var gap = (right - LeftRoom - NodeWidth - ((last - 1) * InnerWidth)) / last;
        return layer == 0 ? LeftRoom : layer == last ? right : LeftRoom + NodeWidth + (gap * layer) + (InnerWidth * (layer - 1));
    }

    private static ImmutableArray<FlowBand> BandsOf(FlowLink[] links, Dictionary<string, FlowNode> byId, Dictionary<string, FlowBox> place, double scale)
    {
        // Every hop of a link, layer by layer: its source, the channels it passes, its target.
        string[] Hops(FlowLink l) =>
            [l.From, .. Enumerable.Range(byId[l.From].Column + 1, byId[l.To].Column - byId[l.From].Column - 1).Select(layer => Channel(layer, l.To)), l.To];
        var hops = links.ToDictionary(l => l, Hops);

        // Where each band leaves and enters each hop: stacked from the top, sorted by the other end's height.
        var leave = new Dictionary<(FlowLink, int), double>();
        var enter = new Dictionary<(FlowLink, int), double>();
        foreach (var key in place.Keys)
        {
            var outgoing = links.SelectMany(l => hops[l].Select((h, i) => (Link: l, Index: i, Hop: h))).Where(x => x.Hop == key && x.Index < hops[x.Link].Length - 1)
                .OrderBy(x => place[hops[x.Link][x.Index + 1]].Y).ThenBy(x => Array.IndexOf(links, x.Link)).ToArray();
            var incoming = links.SelectMany(l => hops[l].Select((h, i) => (Link: l, Index: i, Hop: h))).Where(x => x.Hop == key && x.Index > 0)
                .OrderBy(x => place[hops[x.Link][x.Index - 1]].Y).ThenBy(x => Array.IndexOf(links, x.Link)).ToArray();
            var offset = 0.0;
            foreach (var x in outgoing)
            {
                leave[(x.Link, x.Index)] = place[key].Y + offset;
                offset += x.Link.Value * scale;
            }

            offset = 0;
            foreach (var x in incoming)
            {
                enter[(x.Link, x.Index)] = place[key].Y + offset;
                offset += x.Link.Value * scale;
            }
        }

        return [.. links.Select(link =>
        {
            var path = hops[link];
            var segments = Enumerable.Range(0, path.Length - 1).Select(i =>
            {
                var from = place[path[i]];
                var to = place[path[i + 1]];

                // A channel is passed straight through: the band enters it where it leaves it.
                var y0 = i == 0 ? leave[(link, i)] : enter[(link, i)];
                return new FlowSegment(from.X + from.Width, y0, to.X, enter[(link, i + 1)]);
            });
            return new FlowBand(link, link.Value * scale, [.. segments]);
        })];
    }

    private static ImmutableDictionary<string, FlowLabel> LabelsOf(IReadOnlyList<FlowNode> nodes, Dictionary<string, FlowBox> place, int last, Func<FlowNode, double> through)
    {
        var labels = ImmutableDictionary.CreateBuilder<string, FlowLabel>(StringComparer.Ordinal);
        foreach (var layer in nodes.GroupBy(n => n.Column))
        {
            // Labels sit at their bar's middle, pushed down just enough not to overlap the one above (small bars crowd).
            var below = double.MinValue;
            foreach (var node in layer)
            {
                var bar = place[node.Id];
                var amount = Figures.Millions(through(node));
                if (layer.Key != 0 && layer.Key != last)
                {
                    var inside = bar.Height >= (2 * LineHeight) + 4;
                    var first = inside ? bar.Y + (bar.Height / 2) - 3 : bar.Y + bar.Height + 12;
                    var lines = ImmutableArray.Create(node.Label, amount);
                    var wide = lines.Max(l => l.Length) * CharWidth;
                    labels[node.Id] = new FlowLabel(lines, bar.X + (bar.Width / 2), first, "middle", inside, new FlowBox(bar.X + ((bar.Width - wide) / 2), first - 11, wide, LineHeight + 14));
                    continue;
                }

                below = Math.Max(bar.Y + (bar.Height / 2) + 4, below + LineHeight);
                var text = $"{node.Label} {amount}";
                var width = text.Length * CharWidth;
                var box = layer.Key == 0
                    ? new FlowBox(bar.X - 6 - width, below - 11, width, LineHeight)
                    : new FlowBox(bar.X + bar.Width + 6, below - 11, width, LineHeight);
                labels[node.Id] = new FlowLabel([text], layer.Key == 0 ? bar.X - 6 : bar.X + bar.Width + 6, below, layer.Key == 0 ? "end" : "start", false, box);
            }
        }

        return labels.ToImmutable();
    }
}
