using IomSim.Domain.World;

namespace IomSim.Seeds.Tests.Registers;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2016-06-30", "2016-06-30", "2016-06-30", false)]
    [InlineData("2016", "2016-01-01", "2016-12-31", true)]
    public void Parses_days_and_years(string text, string earliest, string latest, bool yearOnly)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(yearOnly, date.IsYearOnly);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2016-13-01")]
    [InlineData("2016-02-30")]
    [InlineData("16")]
    [InlineData("2016-6-1")]
    [InlineData("30/06/2016")]
    [InlineData("")]
    [InlineData("?")]
    public void Rejects_anything_else(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
