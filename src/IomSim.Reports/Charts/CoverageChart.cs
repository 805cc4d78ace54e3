using System.Xml.Linq;
using IomSim.Engine.Results;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>How much of each part of the appeal was funded: per line a bar of the mean coverage against the whole cost, with the 5th–95th percentile over runs.</summary>
public static class CoverageChart
{
    private const double Width = 660;
    private const double Left = 190;
    private const double Right = 150;
    private const double RowHeight = 24;

    /// <summary>The chart for <paramref name="lines"/> (themes or regions).</summary>
    public static XElement Render(IReadOnlyList<CoverageSummary> lines, string label)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var axis = new Axis(1, Left, Width - Left - Right);
        var top = 6.0;
        var bottom = top + (lines.Count * RowHeight);
        LegendEntry[] legend = [new("funded, mean over runs", Palette.Simulated), new("5th to 95th percentile", "#000000", Shape: "line"), new("the whole cost", "#E8E8E8", "#BBBBBB")];
        var legendTop = bottom + 28;
        return Svg.Root(
            Width,
            legendTop + (Legend.Lines(legend, Width - 20) * Legend.LineHeight) + 4,
            "coverage",
            label,
            axis.Horizontal(bottom, top, t => Figures.Percent(t).Replace(".0%", "%", StringComparison.Ordinal)),
            lines.Select((line, i) => Row(line, axis, top + (i * RowHeight))),
            Legend.Render(legend, 10, legendTop, Width - 20));
    }

    private static XElement Row(CoverageSummary line, Axis axis, double y)
    {
        var c = line.Coverage;
        var tip = $"{line.Key}: {Figures.Percent(c.Mean)} funded (5th–95th percentile {Figures.Percent(c.P05)}–{Figures.Percent(c.P95)}); "
            + $"{Figures.Whole(line.Projects)} projects costing US$ {Figures.Millions(line.CostUsd)} M, funded US$ {Figures.Millions(line.FundedUsd)} M";
        return Svg.El(
            "g",
            Svg.At("class", "row"),
            Svg.Tip(tip),
            Svg.Text(Left - 8, y + 16, line.Key, "label", "end"),
            Svg.Rect(Left, y + 4, axis.Span(1), RowHeight - 8, "#E8E8E8", Svg.At("stroke", "#BBBBBB"), Svg.At("class", "cost")),
            Svg.Rect(Left, y + 4, axis.Span(Math.Clamp(c.Mean, 0, 1)), RowHeight - 8, Palette.Simulated, Svg.At("class", "covered")),
            Svg.Line(axis.At(Math.Clamp(c.P05, 0, 1)), y + (RowHeight / 2), axis.At(Math.Clamp(c.P95, 0, 1)), y + (RowHeight / 2), "whisker"),
            Svg.Text(axis.At(1) + 8, y + 16, $"{Figures.Percent(c.Mean)} of {Figures.Millions(line.CostUsd)} M", "value"));
    }
}
