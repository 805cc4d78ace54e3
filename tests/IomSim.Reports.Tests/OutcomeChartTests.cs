using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class OutcomeChartTests
{
    [Fact]
    public void The_shares_of_runs_fill_the_bar_exactly_largest_first()
    {
        var shares = new Dictionary<string, double> { ["rejected-by-vote"] = 0.25, ["adopted-by-vote"] = 0.7, ["no-quorum"] = 0.05 };

        var chart = OutcomeChart.Render(shares, "outcomes");
        var parts = Drawn.Elements(chart, "rect", "share");

        Assert.Equal(["adopted-by-vote", "rejected-by-vote", "no-quorum"], parts.Select(p => (string)p.Attribute("data-outcome")!));
        Assert.Equal(OutcomeChart.BarWidth, parts.Sum(p => Drawn.Number(p, "width")), 1);
        Assert.Equal(0.7 * OutcomeChart.BarWidth, Drawn.Number(parts[0], "width"), 1);
        Assert.Equal(Drawn.Number(parts[0], "x") + Drawn.Number(parts[0], "width"), Drawn.Number(parts[1], "x"), 1);
        Assert.Equal("#0072B2", (string?)parts[0].Attribute("fill"));
        Assert.Equal("#D55E00", (string?)parts[1].Attribute("fill"));
        Assert.True(Drawn.HasLegend(chart));
        Assert.Contains("adopted-by-vote 70.0%", chart.Value, StringComparison.Ordinal);
    }
}
