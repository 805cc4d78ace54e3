using static IomSim.Seeds.Tests.RepoSeeds;

namespace IomSim.Seeds.Tests;

public sealed class MembershipSeedTests
{
    [Theory]
    [InlineData("2016-06-29", 162)]
    [InlineData("2016-06-30", 165)]
    [InlineData("2017-11-28", 172)]
    [InlineData("2020-11-24", 173)]
    [InlineData("2021-04-18", 173)]
    [InlineData("2021-04-19", 174)]
    [InlineData("2022-11-29", 174)]
    [InlineData("2022-11-30", 175)]
    [InlineData("2024-12-31", 175)]
    public void Member_counts_match_the_anchor_dates(string date, int expected) =>
        Assert.Equal(expected, Seeded.Membership.MembersOn(Day(date)).Count);

    [Fact]
    public void China_joins_on_30_June_2016()
    {
        Assert.False(Seeded.Membership.IsMemberOn(Code("CHN"), Day("2016-06-29")));
        Assert.True(Seeded.Membership.IsMemberOn(Code("CHN"), Day("2016-06-30")));
        Assert.True(Seeded.Membership.IsMemberOn(Code("SLB"), Day("2016-06-30")));
        Assert.True(Seeded.Membership.IsMemberOn(Code("TUV"), Day("2016-06-30")));
    }

    [Fact]
    public void Russia_is_an_observer_at_the_vote_and_a_member_from_19_April_2021()
    {
        var rus = Code("RUS");
        Assert.True(Seeded.Membership.IsObserverOn(rus, Day("2020-11-24")));
        Assert.False(Seeded.Membership.IsMemberOn(rus, Day("2020-11-24")));
        Assert.False(Seeded.Membership.IsMemberOn(rus, Day("2021-04-18")));
        Assert.True(Seeded.Membership.IsMemberOn(rus, Day("2021-04-19")));
        Assert.False(Seeded.Membership.IsObserverOn(rus, Day("2021-04-19")));
        Assert.Equal(Day("2020-11-24"), Seeded.Membership.SpellsOf(rus).Single(s => s.Status == Domain.World.MembershipStatus.Member).Approved);
    }

    [Fact]
    public void Confirmed_observers_are_in_the_register()
    {
        Assert.True(Seeded.Membership.IsObserverOn(Code("BHR"), Day("2008-01-01")));
        Assert.False(Seeded.Membership.IsObserverOn(Code("KWT"), Day("2017-11-27")));
        Assert.True(Seeded.Membership.IsObserverOn(Code("KWT"), Day("2017-11-28")));
    }

    [Fact]
    public void Barbados_is_the_175th_member()
    {
        Assert.False(Seeded.Membership.IsMemberOn(Code("BRB"), Day("2022-11-29")));
        Assert.True(Seeded.Membership.IsMemberOn(Code("BRB"), Day("2022-11-30")));
    }

    [Fact]
    public void States_with_unknown_join_dates_are_bounded_by_the_anchors()
    {
        Assert.Empty(Seeded.Membership.PossibleMembersOn(Day("2016-06-29")));
        var between = Seeded.Membership.PossibleMembersOn(Day("2017-01-01")).Select(c => c.Value);
        Assert.Equal(["DMA", "GRD", "LAO", "PLW", "TON"], between);
        Assert.Contains(Code("WSM"), Seeded.Membership.PossibleMembersOn(Day("2015-01-01")));
    }

    [Fact]
    public void Inferred_spells_carry_their_reasoning()
    {
        var inferred = Seeded.Membership.Spells.Where(s => s.Basis == Domain.World.ValueBasis.Inferred).ToList();
        Assert.Equal(6, inferred.Count);
        Assert.All(inferred, s => Assert.False(string.IsNullOrWhiteSpace(s.Note)));
    }

    [Fact]
    public void Every_member_in_2024_is_a_known_state_and_Namibia_keeps_its_code()
    {
        Assert.All(Seeded.Membership.MembersOn(Day("2024-12-31")), c => Assert.True(Seeded.States.ContainsKey(c)));
        Assert.Equal("NA", Seeded.States[Code("NAM")].Iso2);
        Assert.Equal("RS", Seeded.States[Code("SRB")].Iso2);
    }

    [Fact]
    public void The_UN_has_193_members_in_2018()
    {
        Assert.Equal(193, Seeded.States.Values.Count(s => s.IsUnMemberOn(Day("2018-12-19"))));
        Assert.Null(Seeded.States[Code("COK")].UnMemberFrom);
        Assert.Null(Seeded.States[Code("VAT")].UnMemberFrom);
    }
}
