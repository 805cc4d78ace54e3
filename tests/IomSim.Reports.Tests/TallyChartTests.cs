using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class TallyChartTests
{
    [Fact]
    public void Every_series_gets_a_bar_per_column_in_proportion_to_its_count_and_a_legend_key()
    {
        TallySeries[] series = [new("simulated (mean)", 152.2, 2.8, 2.8), new("documented [1]", 112, 2, 2), new("documented [2]", 116, 2, 2)];

        var chart = TallyChart.Render(series, "tallies");
        var bars = Drawn.Elements(chart, "rect", "bar");

        Assert.Equal(9, bars.Length);
        var perVote = 112 / Drawn.Number(bars[1], "width");
        Assert.Equal(116, Drawn.Number(bars[2], "width") * perVote, 0);
        Assert.Equal(152.2, Drawn.Number(bars[0], "width") * perVote, 0);
        Assert.Equal(2, Drawn.Number(bars[4], "width") * perVote, 1);
        Assert.Contains("documented [2], yes: 116", Drawn.Tip(bars[2]), StringComparison.Ordinal);
        Assert.True(Drawn.HasLegend(chart));
        var legend = Drawn.Elements(chart, "g", "legend").Single().Value;
        Assert.Contains("documented [1]", legend, StringComparison.Ordinal);
        Assert.Contains("documented [2]", legend, StringComparison.Ordinal);
    }
}
