using IomSim.Domain.Funding;

namespace IomSim.Domain.Tests.Funding;

public sealed class AppealCoverageTests
{
    private static readonly DonorId s_donor = DonorId.Parse("SWE");

    [Fact]
    public void Coverage_counts_pledged_money_even_where_the_project_was_cancelled()
    {
        // Health in Africa: 1,000 with 600 (ran) and 1,000 with 100 (cancelled, 10%), and 500 with nothing.
        // Health: 3 projects, 1 unfunded, 2 cancelled, cost 2,500, funded 700, coverage 0.28.
        var projects = new[]
        {
            Closed("a", 1_000m, 600m, Theme.Health, Region.Africa),
            Closed("b", 1_000m, 100m, Theme.Health, Region.Africa),
            Closed("c", 500m, 0m, Theme.Health, Region.Americas),
            Closed("d", 400m, 400m, Theme.BorderManagement, Region.Africa),
        };

        var byTheme = AppealCoverage.ByTheme(projects);
        var health = byTheme.Single(l => l.Key == "health");
        Assert.Equal(new CoverageLine("health", 3, 1, 2, 2_500m, 700m), health);
        Assert.Equal(0.28, health.Coverage, 12);

        var africa = AppealCoverage.ByRegion(projects).Single(l => l.Key == "africa");
        Assert.Equal(new CoverageLine("africa", 3, 0, 1, 2_400m, 1_100m), africa);

        var overall = AppealCoverage.Overall(projects);
        Assert.Equal(new CoverageLine(AppealCoverage.OverallKey, 4, 1, 2, 2_900m, 1_100m), overall);
    }

    [Fact]
    public void Every_theme_and_region_has_a_line_in_enum_order_even_without_projects()
    {
        var byTheme = AppealCoverage.ByTheme([]);
        var byRegion = AppealCoverage.ByRegion([]);

        Assert.Equal(FundingNames.ThemeNames, byTheme.Select(l => l.Key));
        Assert.Equal(FundingNames.RegionNames, byRegion.Select(l => l.Key));
        Assert.All(byTheme.Concat(byRegion), l => Assert.Equal((0, 0.0), (l.Projects, l.Coverage)));
        Assert.Equal(0.0, AppealCoverage.Overall([]).Coverage);
    }

    private static ProjectClosing Closed(string id, decimal cost, decimal funded, Theme theme, Region region)
    {
        var account = ProjectAccount.Open(new Appeal(id, 2020, id, theme, region, null, null, cost));
        if (funded > 0)
        {
            account = account.Receive(new Pledge(s_donor, id, funded)).Account;
        }

        return account.Close(FundingRules.Default);
    }
}
