using System.Text.RegularExpressions;
using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed partial class FlowChartTests
{
    [Fact]
    public void Nodes_are_as_tall_as_their_money_and_every_link_is_drawn_with_its_ends_and_amount()
    {
        FlowNode[] nodes = [new("a", "A", 0, "#111111"), new("b", "B", 0, "#222222"), new("m", "pool", 1, "#333333"), new("x", "X", 2, "#444444"), new("y", "Y", 2, "#555555")];
        FlowLink[] links = [new("a", "m", 300e6), new("b", "m", 100e6), new("m", "x", 100e6), new("m", "y", 300e6)];

        var chart = FlowChart.Render(nodes, links, [new LegendEntry("A", "#111111")], "flow");
        var bars = Drawn.Elements(chart, "g", "node").ToDictionary(g => Drawn.Tip(g).Split(':')[0], g => Drawn.Number(g.Element(Markup.Svg.Ns + "rect")!, "height"));

        Assert.Equal(3, bars["A"] / bars["B"], 2);
        Assert.Equal(bars["A"] + bars["B"], bars["pool"], 1);
        Assert.Equal(bars["X"] + bars["Y"], bars["pool"], 1);
        var tips = Drawn.Elements(chart, "path", "link").Select(Drawn.Tip).ToArray();
        Assert.Equal(["A → pool: US$ 300.0 M", "B → pool: US$ 100.0 M", "pool → X: US$ 100.0 M", "pool → Y: US$ 300.0 M"], tips);
        Assert.True(Drawn.HasLegend(chart));
    }

    [Fact]
    public void A_link_band_is_as_wide_as_its_money()
    {
        FlowNode[] nodes = [new("a", "A", 0, "#111111"), new("m", "M", 1, "#333333")];
        FlowLink[] links = [new("a", "m", 50e6)];

        var chart = FlowChart.Render(nodes, links, [], "flow");
        var height = Drawn.Number(Drawn.Elements(chart, "g", "node")[0].Element(Markup.Svg.Ns + "rect")!, "height");
        var path = (string)Drawn.Elements(chart, "path", "link").Single().Attribute("d")!;
        var numbers = Numbers().Matches(path).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // M x0,y0 C ... x1,y1 L x1,y1+w: the band's width is the second y at the target less the first.
        Assert.Equal(height, numbers[9] - numbers[7], 1);
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
