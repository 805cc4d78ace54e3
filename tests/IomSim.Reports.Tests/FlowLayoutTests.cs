using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class FlowLayoutTests
{
    // A budget year's shape: donors, the projects that ran, then themes and, beneath them, the core, returned and
    // carried-over money, whose bands from the donors skip the projects' layer.
    private static readonly FlowNode[] s_nodes =
    [
        new("d:USA", "USA", 0, "#0072B2"), new("d:EU", "EU", 0, "#E69F00"), new("d:DEU", "DEU", 0, "#009E73"), new("d:others", "40 others", 0, "#999999"),
        new("projects", "projects that ran", 1, "#333333"),
        new("t:emergency", "emergency", 2, "#332288"), new("t:migration", "migration management", 2, "#44AA99"), new("t:return", "return", 2, "#999933"),
        new("core", "core (unearmarked)", 2, "#555555"), new("returned", "returned", 2, "#888888"), new("carried", "carried over", 2, "#AAAAAA"),
    ];

    private static readonly FlowLink[] s_links =
    [
        new("d:USA", "projects", 700e6), new("d:USA", "core", 30e6), new("d:USA", "returned", 12e6), new("d:USA", "carried", 40e6),
        new("d:EU", "projects", 300e6), new("d:EU", "core", 5e6), new("d:EU", "carried", 25e6),
        new("d:DEU", "projects", 150e6), new("d:DEU", "core", 20e6), new("d:DEU", "returned", 3e6),
        new("d:others", "projects", 400e6), new("d:others", "core", 15e6), new("d:others", "returned", 9e6), new("d:others", "carried", 60e6),
        new("projects", "t:emergency", 800e6), new("projects", "t:migration", 500e6), new("projects", "t:return", 250e6),
    ];

    [Fact]
    public void No_band_crosses_any_node_s_label_box()
    {
        var layout = FlowLayout.Of(s_nodes, s_links);

        Assert.Equal(s_links.Length, layout.Bands.Length);
        foreach (var band in layout.Bands)
        {
            foreach (var (x, y) in band.TopEdge(256))
            {
                foreach (var (id, label) in layout.Labels)
                {
                    Assert.False(label.Box.Meets(x, y, y + band.Width), $"{band.Link.From} → {band.Link.To} crosses the label of {id} at x {x:0.0}, y {y:0.0}–{y + band.Width:0.0}");
                }
            }
        }
    }

    [Fact]
    public void The_core_sits_in_the_last_layer_and_its_bands_pass_the_projects_layer_below_the_projects_bar()
    {
        var layout = FlowLayout.Of(s_nodes, s_links);
        var projects = layout.Bars["projects"];
        var toCore = layout.Bands.Where(b => b.Link.To == "core").ToArray();

        Assert.True(layout.Bars["core"].X > projects.X + projects.Width);
        Assert.All(toCore, band =>
        {
            Assert.Equal(2, band.Segments.Length);
            Assert.True(band.Segments[0].Y1 >= projects.Y + projects.Height, "a band to the core passes through the projects' bar");
        });
    }

    [Fact]
    public void Labels_stay_apart_from_one_another_and_bars_hold_their_money()
    {
        var layout = FlowLayout.Of(s_nodes, s_links);
        var boxes = layout.Labels.Values.Select(l => l.Box).ToArray();

        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
                Assert.False(overlap, $"labels {i} and {j} overlap");
            }
        }

        var usa = layout.Bars["d:USA"].Height;
        var eu = layout.Bars["d:EU"].Height;
        Assert.Equal(782.0 / 330.0, usa / eu, 2);
        Assert.True(layout.Labels["projects"].Inside);
    }

    [Fact]
    public void A_link_against_the_layers_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FlowLayout.Of(s_nodes, [new("projects", "d:USA", 1e6)]));
    }
}
