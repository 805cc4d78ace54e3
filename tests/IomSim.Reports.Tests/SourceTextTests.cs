using IomSim.Reports.Sources;

namespace IomSim.Reports.Tests;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData(
        "TASS 24 Nov 2020 and 19 Apr 2021, via shared/reference/iom-facts.md sections 3 and 4a; seed paper (Geiger, Kokoeva and Zhang 2022, shared/seeds/000_a988b91646a76484.txt), citing IOM's draft report of the 111th session (26 Jan 2021)",
        "TASS 24 Nov 2020 and 19 Apr 2021; Geiger, Kokoeva and Zhang (2022), citing IOM's draft report of the 111th session (26 Jan 2021)")]
    [InlineData("seed paper; TASS 24 Nov 2020 (via shared/reference/iom-facts.md section 4a)", "Geiger, Kokoeva and Zhang (2022); TASS 24 Nov 2020")]
    [InlineData("seed document 003 (Wikipedia article copy, shared/seeds/003_82f44fb85d1a9241.txt), infobox 'Budget'", "Wikipedia, infobox 'Budget'")]
    [InlineData("UN CEB financial statistics via shared/reference/iom-facts.md section 2 (IOM total revenue table)", "UN CEB financial statistics (IOM total revenue table)")]
    [InlineData(
        "UN CEB revenue by contributor, shared/reference/iom-contributions-2016-2024.csv (China, 2022); shared/reference/iom-facts.md section 2 gives US$7.33M",
        "UN CEB revenue by contributor (China, 2022); US$7.33M")]
    [InlineData("the seeded relations of Georgia and Ukraine towards Russia (seeds/relations.csv).", "the seeded relations of Georgia and Ukraine towards Russia (IomSim's seed data (relations)).")]
    [InlineData("from the record (shared/reference/iom-facts.md section 4(a): voting members)", "from the record (voting members)")]
    [InlineData("not changed to make the tally fit (docs/decision-model.md gives the other placements' figures).", "not changed to make the tally fit (IomSim's documentation (decision model) gives the other placements' figures).")]
    public void Internal_file_names_give_way_to_the_works_they_stand_for(string source, string clean)
    {
        Assert.True(SourceText.NamesAFile(source));

        Assert.Equal(clean, SourceText.Clean(source));
        Assert.False(SourceText.NamesAFile(SourceText.Clean(source)));
    }

    [Fact]
    public void A_source_finds_its_full_references_with_author_title_and_date()
    {
        var cited = Bibliography.CitedBy("UN press release GA/12113; unvotes dataset (via shared/reference/iom-facts.md section 5)");

        Assert.Equal(["United Nations (2018)", "Voeten, Strezhnev and Bailey (2009)"], cited.Select(r => r.Key));
        Assert.All(cited, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Author));
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Date));
            Assert.StartsWith("https://", r.Url, StringComparison.Ordinal);
        });
        Assert.All(Bibliography.All, r => Assert.False(SourceText.NamesAFile($"{r.Key} {r.Author} {r.Title} {r.Note}"), r.Key));
    }
}
