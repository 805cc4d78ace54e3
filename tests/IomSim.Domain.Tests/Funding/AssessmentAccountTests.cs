using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

public sealed class AssessmentAccountTests
{
    private const decimal Yearly = 100_000m;
    private static readonly StateCode s_member = StateCode.Parse("XYZ");
    private static readonly DateOnly s_session2019 = new(2019, 11, 26);

    [Fact]
    public void A_member_that_stops_paying_after_2017_reaches_the_limit_on_1_January_2019()
    {
        var account = PaysUpTo2017();

        // 31 Dec 2018: owed 2018's 100,000 (due since 1 Jan 2018) < 200,000 due for 2016 and 2017.
        Assert.Equal(Yearly, account.ArrearsOn(new DateOnly(2018, 12, 31)));
        Assert.False(account.StandingOn(new DateOnly(2018, 12, 31)).ReachesTheLimit);

        // 1 Jan 2019: 2019's contribution falls due, owed 200,000 ≥ 200,000 due for 2017 and 2018.
        var standing = account.StandingOn(new DateOnly(2019, 1, 1));
        Assert.Equal(2 * Yearly, standing.Arrears);
        Assert.Equal(2 * Yearly, standing.DueForPrecedingTwoYears);
        Assert.True(standing.ReachesTheLimit);
    }

    [Fact]
    public void The_vote_is_lost_at_a_session_a_year_after_the_Council_was_told()
    {
        var told = PaysUpTo2017().NotifyCouncil(s_session2019);
        Assert.Equal(s_session2019, told.CouncilNotified);

        // 2020: still nothing paid. A later report does not restart the year.
        var account = told.Assess(Due(2020)).NotifyCouncil(new DateOnly(2020, 5, 1));
        Assert.Equal(s_session2019, account.CouncilNotified);

        var eve = new DateOnly(2020, 11, 25);
        var session = new DateOnly(2020, 11, 26);
        Assert.True(account.StandingOn(eve).MayVoteOn(eve));
        Assert.False(account.StandingOn(session).MayVoteOn(session));
    }

    [Fact]
    public void Paying_back_the_arrears_restores_the_vote_and_clears_the_notice()
    {
        var session = new DateOnly(2020, 11, 26);
        var account = PaysUpTo2017().NotifyCouncil(s_session2019).Assess(Due(2020));

        // Owed: 2018, 2019 and 2020, 300,000.
        var paid = account.Pay(2020, 3 * Yearly);

        Assert.Equal(0m, paid.ArrearsOn(session));
        Assert.True(paid.StandingOn(session).MayVoteOn(session));
        Assert.Null(paid.NotifyCouncil(session).CouncilNotified);
    }

    [Fact]
    public void Paying_only_the_current_year_is_credited_to_the_oldest_arrears_and_keeps_the_member_at_the_limit()
    {
        // 100,000 paid in 2020 settles 2018, not 2020: owed 2019 + 2020 = 200,000 ≥ 200,000 due for 2018 and 2019.
        var session = new DateOnly(2020, 11, 26);
        var account = PaysUpTo2017().NotifyCouncil(s_session2019).Assess(Due(2020)).Pay(2020, Yearly);

        Assert.Equal(Yearly, account.PaidChf[2018]);
        Assert.False(account.PaidChf.ContainsKey(2020));
        Assert.False(account.StandingOn(session).MayVoteOn(session));
    }

    [Fact]
    public void A_Council_restoration_keeps_the_vote()
    {
        var session = new DateOnly(2020, 11, 26);
        var account = PaysUpTo2017().NotifyCouncil(s_session2019).Assess(Due(2020)) with { RestoredByCouncil = true };

        Assert.True(account.StandingOn(session).MayVoteOn(session));
        Assert.True(account.NotifyCouncil(session).RestoredByCouncil);
    }

    [Fact]
    public void Falling_behind_again_starts_a_new_year_of_notice()
    {
        // Paid up in 2020 and notice cleared; nothing paid for 2021 and 2022: at the limit on 1 Jan 2022 (2021 + 2022
        // owed, 2020 + 2021 due), told at the 2022 session, so the vote goes only at the 2023 session.
        var account = PaysUpTo2017().NotifyCouncil(s_session2019).Assess(Due(2020)).Pay(2020, 3 * Yearly)
            .NotifyCouncil(new DateOnly(2020, 11, 26))
            .Assess(Due(2021)).Assess(Due(2022))
            .NotifyCouncil(new DateOnly(2022, 11, 29));

        Assert.Equal(new DateOnly(2022, 11, 29), account.CouncilNotified);
        Assert.True(account.StandingOn(new DateOnly(2023, 11, 28)).MayVoteOn(new DateOnly(2023, 11, 28)));
        Assert.False(account.StandingOn(new DateOnly(2023, 11, 29)).MayVoteOn(new DateOnly(2023, 11, 29)));
    }

    [Fact]
    public void Payments_and_assessments_are_checked()
    {
        var account = AssessmentAccount.Open(s_member).Assess(Due(2019)).Assess(Due(2020));

        Assert.Throws<InvalidOperationException>(() => account.Assess(Due(2020)));
        Assert.Throws<ArgumentException>(() => account.Assess(new AssessedContribution(StateCode.Parse("ABC"), 2021, 0.1m, 1m, 1m)));
        Assert.Throws<ArgumentException>(() => account.Pay(2020, -1m));
        Assert.Throws<ArgumentException>(() => account.Pay(2020, (2 * Yearly) + 0.01m));

        // In 2019 only 2019's contribution is due: 2020's cannot be paid yet.
        Assert.Throws<ArgumentException>(() => account.Pay(2019, Yearly + 1m));
        var paid = account.Pay(2020, 150_000m);
        Assert.Equal(Yearly, paid.PaidChf[2019]);
        Assert.Equal(50_000m, paid.PaidChf[2020]);
        Assert.Equal(50_000m, paid.ArrearsOn(new DateOnly(2020, 6, 1)));
    }

    // Assessed 100,000 CHF a year from 2015, paid in full each year up to 2017, nothing from 2018 on.
    private static AssessmentAccount PaysUpTo2017()
    {
        var account = AssessmentAccount.Open(s_member);
        for (var year = 2015; year <= 2019; year++)
        {
            account = account.Assess(Due(year));
            if (year <= 2017)
            {
                account = account.Pay(year, Yearly);
            }
        }

        return account;
    }

    private static AssessedContribution Due(int year) => new(s_member, year, 0.001m, Yearly, 110_000m);
}
