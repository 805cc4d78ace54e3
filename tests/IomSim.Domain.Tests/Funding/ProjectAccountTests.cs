using IomSim.Domain.Funding;

namespace IomSim.Domain.Tests.Funding;

public sealed class ProjectAccountTests
{
    private static readonly DonorId s_usa = DonorId.Parse("USA");
    private static readonly DonorId s_eu = DonorId.Parse("EU");

    [Fact]
    public void A_project_takes_what_it_needs_and_refuses_the_rest()
    {
        var account = ProjectAccount.Open(AppealOf(100m));
        Assert.Equal(ProjectStatus.Unfunded, account.Status);
        Assert.Equal(0.0, account.Coverage);

        var (partly, accepted, excess) = account.Receive(new Pledge(s_usa, "p", 70m));
        Assert.Equal((70m, 0m), (accepted, excess));
        Assert.Equal(ProjectStatus.PartlyFunded, partly.Status);
        Assert.Equal(30m, partly.RemainingUsd);
        Assert.Equal(0.7, partly.Coverage, 12);

        // 50 offered, 30 needed: 30 accepted and recorded as a pledge of 30, 20 refused.
        var (funded, accepted2, excess2) = partly.Receive(new Pledge(s_eu, "p", 50m));
        Assert.Equal((30m, 20m), (accepted2, excess2));
        Assert.Equal(new[] { new Pledge(s_usa, "p", 70m), new Pledge(s_eu, "p", 30m) }, funded.Accepted);
        Assert.Equal(ProjectStatus.Funded, funded.Status);
        Assert.Equal(0m, funded.RemainingUsd);
        Assert.Equal(1.0, funded.Coverage);

        // A funded project refuses everything.
        var (same, accepted3, excess3) = funded.Receive(new Pledge(s_usa, "p", 5m));
        Assert.Equal((0m, 5m), (accepted3, excess3));
        Assert.Equal(funded, same);
    }

    [Fact]
    public void A_pledge_for_another_project_or_a_negative_one_is_refused()
    {
        var account = ProjectAccount.Open(AppealOf(100m));
        Assert.Throws<ArgumentException>(() => account.Receive(new Pledge(s_usa, "q", 10m)));
        Assert.Throws<ArgumentException>(() => account.Receive(new Pledge(s_usa, "p", -1m)));
        Assert.Throws<ArgumentException>(() => ProjectAccount.Open(AppealOf(-1m)));
    }

    [Fact]
    public void A_project_that_ran_spends_its_money_and_pays_seven_percent_overhead()
    {
        // 1,000,000 of 2,000,000 pledged: coverage 50% ≥ 25%, so it runs. Overhead 7% × 1,000,000 = 70,000.
        var (account, _, _) = ProjectAccount.Open(AppealOf(2_000_000m)).Receive(new Pledge(s_usa, "p", 1_000_000m));

        var closing = account.Close(FundingRules.Default);

        Assert.Equal(ProjectStatus.Closed, closing.Status);
        Assert.Equal(1_000_000m, closing.FundedUsd);
        Assert.Equal(1_000_000m, closing.SpentUsd);
        Assert.Equal(70_000m, closing.OverheadUsd);
        Assert.Empty(closing.Returned);
        Assert.Equal(0.5, closing.Coverage);
    }

    [Fact]
    public void A_project_below_the_start_threshold_is_cancelled_and_its_pledges_go_back()
    {
        // 200 + 40 of 1,000: coverage 24% < 25%. Nothing is spent; both pledges go back to their donors.
        var account = ProjectAccount.Open(AppealOf(1_000m));
        account = account.Receive(new Pledge(s_usa, "p", 200m)).Account;
        account = account.Receive(new Pledge(s_eu, "p", 40m)).Account;

        var closing = account.Close(FundingRules.Default);

        Assert.Equal(ProjectStatus.Cancelled, closing.Status);
        Assert.Equal(240m, closing.FundedUsd);
        Assert.Equal(0m, closing.SpentUsd);
        Assert.Equal(0m, closing.OverheadUsd);
        Assert.Equal(new[] { new Pledge(s_usa, "p", 200m), new Pledge(s_eu, "p", 40m) }, closing.Returned);
        Assert.Equal(0.24, closing.Coverage, 12);
    }

    [Fact]
    public void Exactly_the_start_threshold_is_enough_and_no_money_is_never_enough()
    {
        var quarter = ProjectAccount.Open(AppealOf(1_000m)).Receive(new Pledge(s_usa, "p", 250m)).Account;
        Assert.Equal(ProjectStatus.Closed, quarter.Close(FundingRules.Default).Status);
        Assert.Equal(17.50m, quarter.Close(FundingRules.Default).OverheadUsd);

        var nothing = ProjectAccount.Open(AppealOf(1_000m)).Close(FundingRules.Default with { MinimumCoverageToStart = 0m });
        Assert.Equal(ProjectStatus.Cancelled, nothing.Status);
        Assert.Empty(nothing.Returned);
    }

    private static Appeal AppealOf(decimal cost) => new("p", 2020, "p", Theme.Health, Region.Africa, null, null, cost);
}
