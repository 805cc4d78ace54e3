using static IomSim.Seeds.Tests.RepoSeeds;

namespace IomSim.Seeds.Tests;

public sealed class GroupSeedTests
{
    [Fact]
    public void The_UK_leaves_the_EU_at_the_end_of_31_January_2020()
    {
        Assert.True(Seeded.Groups.IsIn(Code("GBR"), "EU", Day("2020-01-31")));
        Assert.False(Seeded.Groups.IsIn(Code("GBR"), "EU", Day("2020-02-01")));
        Assert.Equal(28, Seeded.Groups.MembersOf("EU", Day("2020-01-31")).Count);
        Assert.Equal(27, Seeded.Groups.MembersOf("EU", Day("2020-11-24")).Count);
    }

    [Fact]
    public void Georgia_is_not_in_the_CIS_in_2020()
    {
        Assert.True(Seeded.Groups.IsIn(Code("GEO"), "CIS", Day("2005-01-01")));
        Assert.DoesNotContain("CIS", Seeded.Groups.GroupsOf(Code("GEO"), Day("2020-11-24")));
        Assert.DoesNotContain(Code("UKR"), Seeded.Groups.MembersOf("CIS", Day("2020-11-24")));
        Assert.Contains(Code("RUS"), Seeded.Groups.MembersOf("CIS", Day("2020-11-24")));
    }

    [Fact]
    public void The_five_UN_regional_groups_are_present()
    {
        Assert.Equal(54, Seeded.Groups.MembersOf("UN-African", Day("2018-12-19")).Count);
        Assert.Equal(23, Seeded.Groups.MembersOf("UN-Eastern-European", Day("2018-12-19")).Count);
        Assert.Equal(33, Seeded.Groups.MembersOf("UN-GRULAC", Day("2018-12-19")).Count);
        Assert.Contains(Code("UKR"), Seeded.Groups.MembersOf("UN-Eastern-European", Day("2020-11-24")));
    }

    [Fact]
    public void Major_donors_are_derived_from_the_contributions()
    {
        var donors2021 = Seeded.Groups.MembersOf("major-donors", Day("2021-06-30"));
        Assert.Equal(10, donors2021.Count);
        Assert.Contains(Code("USA"), donors2021);
        Assert.Contains(Code("DEU"), donors2021);
        Assert.DoesNotContain(Code("CHN"), donors2021);
    }

    [Fact]
    public void Morocco_left_and_rejoined_the_AU()
    {
        Assert.False(Seeded.Groups.IsIn(Code("MAR"), "AU", Day("2000-01-01")));
        Assert.True(Seeded.Groups.IsIn(Code("MAR"), "AU", Day("2017-02-01")));
    }
}
