using IomSim.Engine.Results;
using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class DistributionChartTests
{
    private static readonly DistributionRow[] s_rows =
    [
        new("yes", new Distribution(150, 140, 160)),
        new("no", new Distribution(3, 2, 5)),
        new("absent", new Distribution(20, 10, 30)),
    ];

    [Fact]
    public void Each_band_spans_the_5th_to_95th_percentile_on_one_scale_from_zero()
    {
        var chart = DistributionChart.Render(s_rows, 173, "tallies");
        var bands = Drawn.Elements(chart, "rect", "range");

        Assert.Equal(3, bands.Length);

        // Scale from the first band; every band's start and width must follow it (the axis is 0..200 for 173 members).
        var scale = Drawn.Number(bands[0], "width") / (160 - 140);
        var zero = Drawn.Number(bands[0], "x") - (140 * scale);
        for (var i = 0; i < s_rows.Length; i++)
        {
            var d = s_rows[i].Value;
            Assert.Equal((d.P95 - d.P05) * scale, Drawn.Number(bands[i], "width"), 1);
            Assert.Equal(zero + (d.P05 * scale), Drawn.Number(bands[i], "x"), 1);
        }

        Assert.Equal(380.0 / 200, scale, 3);
    }

    [Fact]
    public void The_mean_mark_sits_inside_its_band_and_the_chart_has_a_legend()
    {
        var chart = DistributionChart.Render(s_rows, 173, "tallies");
        var bands = Drawn.Elements(chart, "rect", "range");
        var means = Drawn.Elements(chart, "rect", "mean");

        Assert.Equal(3, means.Length);
        for (var i = 0; i < 3; i++)
        {
            var centre = Drawn.Number(means[i], "x") + (Drawn.Number(means[i], "width") / 2);
            Assert.InRange(centre, Drawn.Number(bands[i], "x"), Drawn.Number(bands[i], "x") + Drawn.Number(bands[i], "width"));
        }

        Assert.True(Drawn.HasLegend(chart));
        Assert.Contains("yes: mean 150.0, 5th percentile 140, 95th percentile 160", Drawn.Elements(chart, "g", "row")[0].Value, StringComparison.Ordinal);
    }
}
