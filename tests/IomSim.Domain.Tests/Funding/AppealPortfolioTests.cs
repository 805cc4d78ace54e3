using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

public sealed class AppealPortfolioTests
{
    private static readonly ImmutableArray<AppealPlanRow> s_plan =
    [
        Row(Theme.EmergencyResponse, Region.Africa, 0.5, ["SDN", "ETH", "SOM"], 2015, 2025),
        Row(Theme.BorderManagement, Region.Global, 0.25, [], 2015, 2025),
        Row(Theme.Health, Region.AsiaPacific, 0.25, ["AFG"], 2020, 2025),
    ];

    [Fact]
    public void The_lines_that_apply_share_the_appeal_total_and_each_country_gets_a_project()
    {
        // 2019: the health line starts in 2020, so 0.5 and 0.25 are renormalised to 2/3 and 1/3.
        // Emergencies: round(1,000,000.01 × 2/3) = 666,666.67; borders, the last line, the rest: 333,333.34.
        // Three countries: 666,666.67 / 3 = 222,222.2233 → 222,222.22 each, the first (SDN) 222,222.23.
        var appeals = AppealPortfolio.For(Year(2019, 1_000_000.01m), s_plan);

        Assert.Equal(
            new[]
            {
                ("2019/border-management/global", 333_333.34m),
                ("2019/emergency-response/africa/ETH", 222_222.22m),
                ("2019/emergency-response/africa/SDN", 222_222.23m),
                ("2019/emergency-response/africa/SOM", 222_222.22m),
            },
            appeals.Select(a => (a.Id, a.CostUsd)));
        Assert.Equal(1_000_000.01m, appeals.Sum(a => a.CostUsd));

        var sudan = appeals.Single(a => a.Id.EndsWith("SDN", StringComparison.Ordinal));
        Assert.Equal(new Appeal("2019/emergency-response/africa/SDN", 2019, "emergency-response in SDN", Theme.EmergencyResponse, Region.Africa, StateCode.Parse("SDN"), StateCode.Parse("SDN"), 222_222.23m), sudan);

        var regional = appeals[0];
        Assert.Null(regional.Country);
        Assert.Null(regional.RequestedBy);
    }

    [Fact]
    public void Every_line_counts_once_it_applies()
    {
        // 2020: all three lines, shares 0.5 / 0.25 / 0.25 of 100: 50 (three projects), 25, and the last 25.
        var appeals = AppealPortfolio.For(Year(2020, 100m), s_plan);

        Assert.Equal(5, appeals.Length);
        Assert.Equal(100m, appeals.Sum(a => a.CostUsd));
        Assert.Equal(25m, appeals.Single(a => a.Id == "2020/health/asia-pacific/AFG").CostUsd);
        Assert.Equal(new[] { 16.68m, 16.66m, 16.66m }, new[] { "SDN", "ETH", "SOM" }.Select(c => appeals.Single(a => a.Id.EndsWith(c, StringComparison.Ordinal)).CostUsd));
    }

    [Fact]
    public void No_line_for_the_year_means_no_appeal()
    {
        Assert.Empty(AppealPortfolio.For(Year(2030, 1_000m), s_plan));
        Assert.Empty(AppealPortfolio.For(Year(2020, 1_000m), []));
    }

    [Fact]
    public void A_plan_that_makes_the_same_project_twice_is_refused()
    {
        var twice = s_plan.Add(Row(Theme.BorderManagement, Region.Global, 0.1, [], 2019, 2019));
        Assert.Throws<ArgumentException>(() => AppealPortfolio.For(Year(2019, 1_000m), twice));
    }

    private static AppealPlanRow Row(Theme theme, Region region, double share, string[] countries, int from, int to) =>
        new(theme, region, share, [.. countries.Select(StateCode.Parse)], from, to, ValueBasis.Documented, "test");

    private static BudgetYear Year(int year, decimal appeal) =>
        new(year, 0m, 0m, 0m, 0m, 0m, ValueBasis.Documented, 1m, appeal, ValueBasis.Documented, "test");
}
