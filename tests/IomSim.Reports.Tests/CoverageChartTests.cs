using IomSim.Engine.Results;
using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class CoverageChartTests
{
    [Fact]
    public void The_funded_bar_is_the_coverage_share_of_the_whole_cost_bar()
    {
        CoverageSummary[] lines =
        [
            new("health", 4, 400e6, 100e6, new Distribution(0.25, 0.2, 0.3), 0, 0),
            new("emergency-response", 2, 200e6, 150e6, new Distribution(0.75, 0.7, 0.8), 0, 1),
        ];

        var chart = CoverageChart.Render(lines, "coverage");
        var cost = Drawn.Elements(chart, "rect", "cost");
        var covered = Drawn.Elements(chart, "rect", "covered");

        Assert.Equal(2, covered.Length);
        Assert.Equal(0.25, Drawn.Number(covered[0], "width") / Drawn.Number(cost[0], "width"), 3);
        Assert.Equal(0.75, Drawn.Number(covered[1], "width") / Drawn.Number(cost[1], "width"), 3);
        Assert.Contains("health: 25.0% funded", Drawn.Elements(chart, "g", "row")[0].Value, StringComparison.Ordinal);
        Assert.True(Drawn.HasLegend(chart));
    }
}
