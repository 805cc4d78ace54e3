using IomSim.Domain.World;

namespace IomSim.Seeds.Tests.Registers;

public sealed class MembershipRegisterTests
{
    private static readonly StateCode s_aaa = StateCode.Parse("AAA");
    private static readonly StateCode s_bbb = StateCode.Parse("BBB");
    private static readonly StateCode s_ccc = StateCode.Parse("CCC");

    private static readonly MembershipRegister s_register = new(
    [
        // AAA: observer, then member from a known day.
        new(s_aaa, MembershipStatus.Observer, null, new(2000, 1, 1), new(2000, 1, 1), new(2010, 6, 1), ValueBasis.Documented, "t", ""),
        new(s_aaa, MembershipStatus.Member, new(2009, 11, 1), new(2010, 6, 1), new(2010, 6, 1), null, ValueBasis.Documented, "t", ""),

        // BBB: joined some day in 2005 (year only), left on 2012-01-01.
        new(s_bbb, MembershipStatus.Member, null, new(2005, 1, 1), new(2005, 12, 31), new(2012, 1, 1), ValueBasis.Dataset, "t", ""),

        // CCC: joined on an unknown day, no later than 2008-03-01.
        new(s_ccc, MembershipStatus.Member, null, null, new(2008, 3, 1), null, ValueBasis.Inferred, "t", "why"),
    ]);

    [Fact]
    public void A_state_counts_from_the_latest_possible_start_until_the_day_before_until()
    {
        Assert.False(s_register.IsMemberOn(s_aaa, new(2010, 5, 31)));
        Assert.True(s_register.IsObserverOn(s_aaa, new(2010, 5, 31)));
        Assert.True(s_register.IsMemberOn(s_aaa, new(2010, 6, 1)));
        Assert.False(s_register.IsObserverOn(s_aaa, new(2010, 6, 1)));

        Assert.False(s_register.IsMemberOn(s_bbb, new(2005, 12, 30)));
        Assert.True(s_register.IsMemberOn(s_bbb, new(2005, 12, 31)));
        Assert.True(s_register.IsMemberOn(s_bbb, new(2011, 12, 31)));
        Assert.False(s_register.IsMemberOn(s_bbb, new(2012, 1, 1)));
    }

    [Fact]
    public void Members_and_observers_on_a_day()
    {
        Assert.Equal([s_bbb, s_ccc], s_register.MembersOn(new(2009, 1, 1)));
        Assert.Equal([s_aaa], s_register.ObserversOn(new(2009, 1, 1)));
        Assert.Equal([s_aaa, s_ccc], s_register.MembersOn(new(2012, 1, 1)));
    }

    [Fact]
    public void Possible_members_are_those_whose_start_straddles_the_day()
    {
        Assert.Equal([s_bbb, s_ccc], s_register.PossibleMembersOn(new(2005, 6, 1)));
        Assert.Equal([s_ccc], s_register.PossibleMembersOn(new(1990, 1, 1)));
        Assert.Empty(s_register.PossibleMembersOn(new(2008, 3, 1)));
        Assert.DoesNotContain(s_ccc, s_register.MembersOn(new(2008, 2, 29)));
    }

    [Fact]
    public void Spells_of_a_state_are_ordered_by_start()
    {
        Assert.Equal([MembershipStatus.Observer, MembershipStatus.Member], s_register.SpellsOf(s_aaa).Select(s => s.Status));
        Assert.Empty(s_register.SpellsOf(StateCode.Parse("ZZZ")));
    }
}
