using System.Globalization;
using System.Xml.Linq;
using IomSim.Engine.Comparison;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A counterfactual against its baseline run by run, as <c>compare</c> prints it: per section, each measure's mean
/// change with its paired 95% interval, the runs up and down, the exact sign test and the reading (signal or noise),
/// with the interval drawn around zero.
/// </summary>
public static class PairedChangeTable
{
    /// <summary>The tables, one per section (item or budget year), in the changes' order.</summary>
    public static IEnumerable<XElement> Render(IReadOnlyList<PairedChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var section in changes.GroupBy(c => c.Section, StringComparer.Ordinal))
        {
            yield return Html.Table(
                ["measure", "unit", ">pairs", ">change", ">95% interval", ">up/down", ">sign test p", "reading", "interval"],
                section.Select(c => (IReadOnlyList<object?>)[
                    c.Measure.Name,
                    Figures.ChangeUnitOf(c.Measure.Unit),
                    Figures.Whole(c.Pairs),
                    Figures.Change(c.Measure.Unit, c.Change.Estimate),
                    $"{Figures.Change(c.Measure.Unit, c.Change.Low)} to {Figures.Change(c.Measure.Unit, c.Change.High)}",
                    $"{Figures.Whole(c.Up)}/{Figures.Whole(c.Down)}",
                    c.SignTestP < 0.001 ? "<0.001" : c.SignTestP.ToString("0.000", CultureInfo.InvariantCulture),
                    c.Reading,
                    Whisker(c)]),
                section.Key + " — change run by run");
        }
    }

    // The interval as a bar on an axis centred on zero, scaled to the largest absolute end: a bar crossing the centre line is noise.
    private static XElement Whisker(PairedChange change)
    {
        var scale = Math.Max(Math.Abs(change.Change.Low), Math.Abs(change.Change.High));
        double X(double value) => 42 + (scale <= 0 ? 0 : Math.Clamp(value / scale, -1, 1) * 40);
        var colour = change.Distinguishable ? (change.Change.Estimate < 0 ? "#D55E00" : "#0072B2") : "#999999";
        return Svg.Root(
            84,
            14,
            "change",
            $"{change.Measure.Name}: {change.Reading}",
            Svg.Line(42, 0, 42, 14, "baseline"),
            Svg.Rect(X(change.Change.Low), 5, Math.Max(1, X(change.Change.High) - X(change.Change.Low)), 4, colour),
            Svg.Rect(X(change.Change.Estimate) - 1, 2, 2, 10, colour));
    }
}
