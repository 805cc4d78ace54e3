using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>The share of runs per outcome as one bar across the full width: its parts add up to every run.</summary>
public static class OutcomeChart
{
    /// <summary>The bar's full width, for all runs.</summary>
    public const double BarWidth = 600;

    private const double Width = 640;
    private const double Left = 20;

    /// <summary>The chart for <paramref name="shares"/> (outcome → share of runs, adding up to one), largest first.</summary>
    public static XElement Render(IReadOnlyDictionary<string, double> shares, string label)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var ordered = shares.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var segments = new List<XElement>();
        var x = Left;
        for (var i = 0; i < ordered.Length; i++)
        {
            var (outcome, share) = (ordered[i].Key, ordered[i].Value);
            segments.Add(Svg.Rect(x, 8, share * BarWidth, 28, Palette.OutcomeColour(outcome, i), Svg.At("class", "share"), Svg.At("data-outcome", outcome), Svg.Tip($"{outcome}: {Figures.Percent(share)} of runs")));
            x += share * BarWidth;
        }

        var legend = ordered.Select((o, i) => new LegendEntry($"{o.Key} {Figures.Percent(o.Value)}", Palette.OutcomeColour(o.Key, i))).ToArray();
        return Svg.Root(
            Width,
            50 + (Legend.Lines(legend, Width - 40) * Legend.LineHeight),
            "outcomes",
            label,
            segments,
            Legend.Render(legend, Left, 46, Width - 40));
    }
}
