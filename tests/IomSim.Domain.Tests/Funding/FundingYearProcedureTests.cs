using System.Collections.Immutable;
using IomSim.Domain.Funding;

namespace IomSim.Domain.Tests.Funding;

public sealed class FundingYearProcedureTests
{
    private static readonly DonorId s_usa = DonorId.Parse("USA");
    private static readonly DonorId s_deu = DonorId.Parse("DEU");

    [Fact]
    public void Donors_pledge_largest_first_and_each_sees_what_is_still_needed()
    {
        // Two projects of 100. USA (earmarked 150, unearmarked 10) goes first: λ = 150 / 200, 75 and 75.
        // Germany (60) then sees 25 and 25 still needed: 50 < 60, so it pays both in full and carries 10 over.
        // Both projects are funded, run, and pay 7% overhead: 7 each.
        var ledger = Run([Appeal("a", 100m), Appeal("b", 100m)], [Budget(s_deu, 60m), Budget(s_usa, 150m, 10m)]);

        Assert.Equal(
            new[]
            {
                new DonorLedgerLine(s_deu, 60m, 50m, 0m, 0m, 10m),
                new DonorLedgerLine(s_usa, 160m, 150m, 10m, 0m, 0m),
            },
            ledger.Donors);
        Assert.Equal(new[] { "a", "b" }, ledger.Projects.Select(p => p.Appeal.Id));
        Assert.All(ledger.Projects, p => Assert.Equal((ProjectStatus.Closed, 100m, 7m), (p.Status, p.SpentUsd, p.OverheadUsd)));
        Assert.Equal(new[] { new Pledge(s_usa, "a", 75m), new Pledge(s_deu, "a", 25m) }, ledger.Projects[0].Accepted);
        Assert.Equal((220m, 200m, 10m, 0m, 10m, 14m, 200m), (ledger.ContributedUsd, ledger.ToProjectsUsd, ledger.ToCoreUsd, ledger.ReturnedUsd, ledger.CarriedOverUsd, ledger.OverheadIncomeUsd, ledger.AppealUsd));
        Assert.True(ledger.IsBalanced);
    }

    [Fact]
    public void A_project_that_gets_too_little_is_cancelled_and_the_donor_gets_its_money_back()
    {
        // 100 towards a project of 1,000: 10% < 25%, cancelled; the 100 goes back to the United States.
        var ledger = Run([Appeal("big", 1_000m)], [Budget(s_usa, 100m)]);

        Assert.Equal(new DonorLedgerLine(s_usa, 100m, 0m, 0m, 100m, 0m), ledger.Donors.Single());
        Assert.Equal(ProjectStatus.Cancelled, ledger.Projects.Single().Status);
        Assert.Equal(new[] { new Pledge(s_usa, "big", 100m) }, ledger.Projects.Single().Returned);
        Assert.True(ledger.IsBalanced);
    }

    [Fact]
    public void The_pledging_order_is_largest_earmarked_first_then_donor_id()
    {
        var order = FundingYearProcedure.PledgingOrder([Budget(s_usa, 10m), Budget(DonorId.Parse("EU"), 50m), Budget(s_deu, 10m)]);
        Assert.Equal(new[] { "EU", "DEU", "USA" }, order.Select(b => b.Donor.Value));
    }

    [Fact]
    public void A_donor_that_moves_ahead_can_take_room_a_later_donor_would_have_used()
    {
        // Two projects of 10: health and borders. Germany funds health only (10); the United States anything.
        // USA at 9: Germany goes first and fills health; the USA puts 9 on borders. Funded: 19.
        // USA at 11: it goes first and splits 5.50 / 5.50; Germany finds 4.50 of health left and carries 5.50
        // over. Funded: 15.50. More money, less funded: why the property tests raise the first donor only.
        var healthOnly = new DonorPriorities(
            Enum.GetValues<Theme>().Where(t => t != Theme.Health).ToImmutableSortedDictionary(t => t, _ => 0.0),
            ImmutableSortedDictionary<Region, double>.Empty);
        ImmutableArray<Appeal> appeals = [Appeal("health", 10m, Theme.Health), Appeal("borders", 10m, Theme.BorderManagement)];
        DonorPriorities Priorities(DonorId d) => d == s_deu ? healthOnly : DonorPriorities.Neutral;

        var before = FundingYearProcedure.Run(2020, appeals, [Budget(s_deu, 10m), Budget(s_usa, 9m)], Priorities, (_, _) => 0, FundingRules.Default, 0, 1, 0);
        var after = FundingYearProcedure.Run(2020, appeals, [Budget(s_deu, 10m), Budget(s_usa, 11m)], Priorities, (_, _) => 0, FundingRules.Default, 0, 1, 0);

        Assert.Equal(19m, before.Projects.Sum(p => p.FundedUsd));
        Assert.Equal(15.50m, after.Projects.Sum(p => p.FundedUsd));
        Assert.True(before.IsBalanced && after.IsBalanced);
    }

    [Fact]
    public void Appeals_and_budgets_of_another_year_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Run([Appeal("a", 10m)], [Budget(s_usa, 10m) with { Year = 2019 }]));
        Assert.Throws<ArgumentException>(() => Run([Appeal("a", 10m) with { Year = 2021 }], [Budget(s_usa, 10m)]));
        Assert.Throws<ArgumentException>(() => Run([Appeal("a", 10m), Appeal("a", 20m)], [Budget(s_usa, 10m)]));
        Assert.Throws<ArgumentException>(() => Run([Appeal("a", 10m)], [Budget(s_usa, 10m), Budget(s_usa, 20m)]));
    }

    [Fact]
    public void The_ledger_of_no_money_and_no_appeal_is_empty_and_balanced()
    {
        var ledger = Run([], []);
        Assert.True(ledger.IsBalanced);
        Assert.Equal(0m, ledger.ContributedUsd);
    }

    private static FundingYearLedger Run(ImmutableArray<Appeal> appeals, ImmutableArray<DonorBudget> budgets) =>
        FundingYearProcedure.Run(2020, appeals, budgets, _ => DonorPriorities.Neutral, (_, _) => 0.0, FundingRules.Default, 0.0, 1, 0);

    private static Appeal Appeal(string id, decimal cost, Theme theme = Theme.Health) =>
        new(id, 2020, id, theme, Region.Global, null, null, cost);

    private static DonorBudget Budget(DonorId donor, decimal earmarked, decimal unearmarked = 0m) => new(donor, 2020, earmarked, unearmarked);
}
