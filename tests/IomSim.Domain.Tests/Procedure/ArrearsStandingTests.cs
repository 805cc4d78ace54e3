using IomSim.Domain.Procedure;

namespace IomSim.Domain.Tests.Procedure;

public sealed class ArrearsStandingTests
{
    private static readonly DateOnly s_notified = new(2019, 11, 26);

    [Fact]
    public void A_member_in_arrears_of_two_years_loses_its_vote_one_year_after_the_Council_is_told()
    {
        var standing = new ArrearsStanding(Arrears: 200_000m, DueForPrecedingTwoYears: 200_000m, s_notified, RestoredByCouncil: false);

        Assert.True(standing.MayVoteOn(new DateOnly(2020, 11, 25)));
        Assert.False(standing.MayVoteOn(new DateOnly(2020, 11, 26)));
        Assert.False(standing.MayVoteOn(new DateOnly(2021, 11, 30)));
    }

    [Fact]
    public void Arrears_below_two_years_of_contributions_cost_nothing()
    {
        var standing = new ArrearsStanding(199_999m, 200_000m, s_notified, false);
        Assert.True(standing.MayVoteOn(new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void Without_notice_to_the_Council_the_vote_is_kept()
    {
        var standing = new ArrearsStanding(500_000m, 200_000m, null, false);
        Assert.True(standing.MayVoteOn(new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void The_Council_can_restore_the_vote()
    {
        var standing = new ArrearsStanding(500_000m, 200_000m, s_notified, RestoredByCouncil: true);
        Assert.True(standing.MayVoteOn(new DateOnly(2022, 1, 1)));
    }
}
