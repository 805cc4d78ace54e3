using IomSim.Engine.Comparison;

namespace IomSim.Engine.Tests.Comparison;

public sealed class CitedSourcesTests
{
    [Fact]
    public void Each_source_keeps_the_number_it_was_first_cited_with()
    {
        var sources = new CitedSources();

        Assert.Equal(1, sources.Of("IOM Council, 111th session report"));
        Assert.Equal(2, sources.Of("UN CEB, contributions 2021"));
        Assert.Equal(1, sources.Of("IOM Council, 111th session report"));
        Assert.Equal(3, sources.Of("IOM press release, 2016"));
        Assert.Equal(["IOM Council, 111th session report", "UN CEB, contributions 2021", "IOM press release, 2016"], sources.InOrder);
    }
}
