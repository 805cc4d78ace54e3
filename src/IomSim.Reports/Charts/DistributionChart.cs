using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// Quantities over runs: per row a band from the 5th to the 95th percentile and a mark at the mean, on one scale
/// from zero, so the tally columns can be read against each other.
/// </summary>
public static class DistributionChart
{
    private const double Width = 640;
    private const double Left = 110;
    private const double Right = 150;
    private const double RowHeight = 26;

    /// <summary>The chart for <paramref name="rows"/>, on a scale from 0 to at least <paramref name="max"/>.</summary>
    public static XElement Render(IReadOnlyList<DistributionRow> rows, double max, string label)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var top = 8.0;
        var axis = new Axis(Axis.RoundUp(Math.Max(max, rows.Select(r => r.Value.P95).DefaultIfEmpty(0).Max())), Left, Width - Left - Right);
        var bottom = top + (rows.Count * RowHeight);
        LegendEntry[] legend = [new("5th to 95th percentile of runs", Palette.Simulated), new("mean", "#000000", Shape: "tick")];
        var legendTop = bottom + 28;
        return Svg.Root(
            Width,
            legendTop + (Legend.Lines(legend, Width - 20) * Legend.LineHeight) + 4,
            "distribution",
            label,
            axis.Horizontal(bottom, top, Figures.Count),
            rows.Select((row, i) => Row(row, axis, top + (i * RowHeight))),
            Legend.Render(legend, 10, legendTop, Width - 20));
    }

    private static XElement Row(DistributionRow row, Axis axis, double y)
    {
        var d = row.Value;
        var tip = $"{row.Label}: mean {Figures.Mean(d.Mean)}, 5th percentile {Figures.Count(d.P05)}, 95th percentile {Figures.Count(d.P95)}";
        return Svg.El(
            "g",
            Svg.At("class", "row"),
            Svg.Tip(tip),
            Svg.Text(Left - 8, y + 17, row.Label, "label", "end"),
            Svg.Rect(axis.At(d.P05), y + 5, axis.Span(d.P95 - d.P05), RowHeight - 10, Palette.Simulated, Svg.At("class", "range"), Svg.At("fill-opacity", 0.55)),
            Svg.Rect(axis.At(d.Mean) - 1.5, y + 2, 3, RowHeight - 4, "#000000", Svg.At("class", "mean")),
            Svg.Text(axis.At(axis.Max) + 8, y + 17, $"{Figures.Mean(d.Mean)} ({Figures.Count(d.P05)}–{Figures.Count(d.P95)})", "value"));
    }
}
