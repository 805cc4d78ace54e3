using IomSim.Engine.Comparison;
using IomSim.Engine.Measures;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Tests;

public sealed class PairedChangeTableTests
{
    [Fact]
    public void One_table_per_section_with_the_change_its_interval_the_sign_test_and_the_reading()
    {
        PairedChange[] changes =
        [
            PairedComparison.Change("russia-2020/admission", MeasureCatalogue.Find("abstain")!, [(3, 2), (2, 3), (2, 2)]),
            PairedComparison.Change("funding 2021", MeasureCatalogue.Find("coverage")!, [(0.445, 0.384), (0.445, 0.384)]),
        ];

        var tables = PairedChangeTable.Render(changes).ToArray();

        Assert.Equal(2, tables.Length);
        Assert.Equal("russia-2020/admission — change run by run", tables[0].Element(Html.Ns + "caption")!.Value);
        Assert.Equal("funding 2021 — change run by run", tables[1].Element(Html.Ns + "caption")!.Value);
        var rows = tables.Select(t => t.Descendants(Html.Ns + "tr").Skip(1).Single().Elements(Html.Ns + "td").Take(8).Select(c => c.Value).ToArray()).ToArray();
        Assert.Equal(["abstain", "count", "3", "0.0", "-2.5 to +2.5", "1/1", "1.000", "noise"], rows[0]);
        Assert.Equal(["coverage", "points", "2", "-6.1 pts", "-6.1 pts to -6.1 pts", "0/2", "0.500", "signal"], rows[1]);
    }
}
