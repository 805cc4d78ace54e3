using IomSim.Domain.World;

namespace IomSim.Seeds.Tests.Registers;

public sealed class GroupRegisterTests
{
    private static readonly StateCode s_aaa = StateCode.Parse("AAA");
    private static readonly StateCode s_bbb = StateCode.Parse("BBB");

    private static PartialDate Day(int y, int m, int d) => PartialDate.OnDay(new DateOnly(y, m, d));

    private static readonly GroupRegister s_register = new(
    [
        new(s_aaa, "EU", Day(1973, 1, 1), Day(2020, 1, 31), ValueBasis.Dataset, "t"),
        new(s_aaa, "G77", null, null, ValueBasis.Dataset, "t"),
        new(s_bbb, "EU", PartialDate.InYear(2004), null, ValueBasis.Dataset, "t"),
        new(s_bbb, "CIS", Day(1993, 12, 3), PartialDate.InYear(2009), ValueBasis.GeneralKnowledge, "t"),
    ]);

    [Fact]
    public void Left_is_the_last_day_of_membership()
    {
        Assert.True(s_register.IsIn(s_aaa, "EU", new(2020, 1, 31)));
        Assert.False(s_register.IsIn(s_aaa, "EU", new(2020, 2, 1)));
    }

    [Fact]
    public void Year_only_dates_cover_the_whole_year()
    {
        Assert.True(s_register.IsIn(s_bbb, "EU", new(2004, 1, 1)));
        Assert.False(s_register.IsIn(s_bbb, "EU", new(2003, 12, 31)));
        Assert.True(s_register.IsIn(s_bbb, "CIS", new(2009, 12, 31)));
        Assert.False(s_register.IsIn(s_bbb, "CIS", new(2010, 1, 1)));
    }

    [Fact]
    public void An_unknown_join_date_counts_as_member_date_unknown()
    {
        Assert.True(s_register.IsIn(s_aaa, "G77", new(1900, 1, 1)));
        Assert.True(s_register.SpellsOf(s_aaa).Single(s => s.Group == "G77").JoinedUnknown);
    }

    [Fact]
    public void Members_of_and_groups_of()
    {
        Assert.Equal([s_aaa, s_bbb], s_register.MembersOf("EU", new(2010, 1, 1)));
        Assert.Equal(["CIS", "EU"], s_register.GroupsOf(s_bbb, new(2005, 1, 1)));
        Assert.Empty(s_register.MembersOf("NATO", new(2010, 1, 1)));
        Assert.Equal(["CIS", "EU", "G77"], s_register.Groups);
    }
}
