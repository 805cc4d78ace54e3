using IomSim.Engine.Comparison;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Tests;

public sealed class SideBySideTableTests
{
    [Fact]
    public void One_table_per_section_with_values_and_changes_written_as_compare_writes_them()
    {
        SideBySideRow[] rows =
        [
            new("russia-2020/admission", "adopted", "share", 1, 0.8),
            new("russia-2020/admission", "yes", "count", 152.2, 150.1),
            new("funding 2021", "voluntary-new", "usd", 2_471.6e6, 2_137.8e6),
            new("funding 2021", "herfindahl", "index", 0.184, 0.159),
        ];

        var tables = SideBySideTable.Render(rows).ToArray();

        Assert.Equal(2, tables.Length);
        Assert.Equal("russia-2020/admission", tables[0].Element(Html.Ns + "caption")!.Value);
        Assert.Equal("funding 2021", tables[1].Element(Html.Ns + "caption")!.Value);
        var cells = tables.Select(t => t.Descendants(Html.Ns + "tr").Skip(1).Select(r => r.Elements(Html.Ns + "td").Take(5).Select(c => c.Value).ToArray()).ToArray()).ToArray();
        Assert.Equal(["adopted", "%", "100.0%", "80.0%", "-20.0 pts"], cells[0][0]);
        Assert.Equal(["yes", "count", "152.2", "150.1", "-2.1"], cells[0][1]);
        Assert.Equal(["voluntary-new", "US$ M", "2,471.6", "2,137.8", "-333.8"], cells[1][0]);
        Assert.Equal(["herfindahl", "index", "0.184", "0.159", "-0.025"], cells[1][1]);
    }
}
