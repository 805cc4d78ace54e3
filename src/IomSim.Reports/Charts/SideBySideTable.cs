using System.Xml.Linq;
using IomSim.Engine.Comparison;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>A counterfactual beside its baseline, as <c>compare</c> prints it: per section, each measure's two values and the change, with a bar showing the change's direction.</summary>
public static class SideBySideTable
{
    /// <summary>The tables, one per section (item or budget year), in the rows' order.</summary>
    public static IEnumerable<XElement> Render(IReadOnlyList<SideBySideRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var section in rows.GroupBy(r => r.Section, StringComparer.Ordinal))
        {
            yield return Html.Table(
                ["measure", "unit", ">baseline", ">counterfactual", ">change", "direction"],
                section.Select(r => (IReadOnlyList<object?>)[r.Measure, Figures.UnitOf(r.Unit), Figures.ByUnit(r.Unit, r.Baseline), Figures.ByUnit(r.Unit, r.Counterfactual), Figures.Change(r.Unit, r.Change), Direction(r)]),
                section.Key);
        }
    }

    // A small diverging bar: the change relative to the larger of the two values, left for less, right for more.
    private static XElement Direction(SideBySideRow row)
    {
        var scale = Math.Max(Math.Abs(row.Baseline), Math.Abs(row.Counterfactual));
        var share = scale <= 0 ? 0 : Math.Clamp(row.Change / scale, -1, 1);
        var width = Math.Abs(share) * 40;
        var colour = share < 0 ? "#D55E00" : "#0072B2";
        return Svg.Root(
            84,
            14,
            "change",
            $"{row.Measure}: {(share < 0 ? "down" : share > 0 ? "up" : "unchanged")}",
            Svg.Line(42, 0, 42, 14, "baseline"),
            Svg.Rect(share < 0 ? 42 - width : 42, 3, width, 8, colour));
    }
}
