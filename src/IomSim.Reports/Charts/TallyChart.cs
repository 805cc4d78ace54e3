using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// Tallies side by side: for yes, no and abstain, one bar per series (the simulated mean first, then each documented
/// source, kept apart where sources disagree), all on one scale from zero, with each count written at its bar's end.
/// </summary>
public static class TallyChart
{
    private const double Width = 640;
    private const double Left = 80;
    private const double Right = 60;
    private const double BarHeight = 16;

    /// <summary>The chart for <paramref name="series"/> (the first is the simulated one).</summary>
    public static XElement Render(IReadOnlyList<TallySeries> series, string label)
    {
        ArgumentNullException.ThrowIfNull(series);
        (string Name, Func<TallySeries, double> Value)[] columns = [("yes", s => s.Yes), ("no", s => s.No), ("abstain", s => s.Abstain)];
        var max = series.SelectMany(s => columns.Select(c => c.Value(s))).DefaultIfEmpty(0).Max();
        var axis = new Axis(Axis.RoundUp(max), Left, Width - Left - Right);
        var groupHeight = (series.Count * (BarHeight + 3)) + 14;
        var top = 8.0;
        var bottom = top + (columns.Length * groupHeight);
        var groups = columns.Select((column, c) => Svg.El(
            "g",
            Svg.At("class", "column"),
            Svg.Text(Left - 8, top + (c * groupHeight) + ((series.Count * (BarHeight + 3)) / 2) + 4, column.Name, "label", "end"),
            series.Select((s, i) =>
            {
                var y = top + (c * groupHeight) + (i * (BarHeight + 3));
                var value = column.Value(s);
                return Svg.El(
                    "g",
                    Svg.Rect(Left, y, axis.Span(value), BarHeight, Colour(i), Svg.At("class", "bar"), Svg.Tip($"{s.Label}, {column.Name}: {Figures.Count(Math.Round(value, 1))}")),
                    Svg.Text(Left + axis.Span(value) + 4, y + 12, Figures.Count(Math.Round(value, 1)), "value"));
            })));
        var legend = series.Select((s, i) => new LegendEntry(s.Label, Colour(i))).ToArray();
        var legendTop = bottom + 26;
        return Svg.Root(
            Width,
            legendTop + (Legend.Lines(legend, Width - 20) * Legend.LineHeight) + 4,
            "tallies",
            label,
            axis.Horizontal(bottom, top, Figures.Count),
            groups,
            Legend.Render(legend, 10, legendTop, Width - 20));
    }

    private static string Colour(int index) => index == 0 ? Palette.Simulated : Palette.SeriesAt(index - 1);
}
