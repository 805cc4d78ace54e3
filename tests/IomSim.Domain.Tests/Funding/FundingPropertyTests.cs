using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Funding;

/// <summary>Invariants of the funding year over random appeals, budgets, priorities, noise and seeds.</summary>
public sealed class FundingPropertyTests
{
    private const int Year = 2020;

    private static readonly string[] s_donors = ["USA", "DEU", "GBR", "JPN", "SWE", "EU", "UN-CERF", "PRIVATE-DONORS"];

    private static readonly StateCode?[] s_requesters = [null, null, Code("UKR"), Code("SDN"), Code("USA"), Code("DEU"), Code("AFG")];

    private static readonly Gen<Appeal[]> s_appeals =
        from count in Gen.Choose(0, 12)
        from drawn in Gen.ArrayOf(
            from theme in Gen.Elements(Enum.GetValues<Theme>())
            from region in Gen.Elements(Enum.GetValues<Region>())
            from requester in Gen.Elements(s_requesters)
            from cents in Gen.OneOf(Gen.Choose(0, 2_000), Gen.Choose(0, 2_000_000))
            select (theme, region, requester, cents),
            count)
        select drawn.Select((a, i) => new Appeal($"{Year}/p{i:00}", Year, $"p{i}", a.theme, a.region, a.requester, a.requester, a.cents / 100m)).ToArray();

    private static readonly Gen<(DonorBudget Budget, DonorPriorities Priorities)[]> s_donorsWithMoney =
        from donors in Gen.SubListOf(s_donors)
        from drawn in Gen.ArrayOf(
            from earmarked in Gen.OneOf(Gen.Choose(0, 5_000), Gen.Choose(0, 3_000_000))
            from unearmarked in Gen.Choose(0, 300_000)
            from themes in Gen.ArrayOf(Gen.Choose(0, 3), 6)
            from regions in Gen.ArrayOf(Gen.Choose(0, 3), 6)
            select (earmarked, unearmarked, themes, regions),
            donors.Count)
        select donors.Zip(drawn, (donor, d) => (
            new DonorBudget(DonorId.Parse(donor), Year, d.earmarked / 100m, d.unearmarked / 100m),
            new DonorPriorities(
                Enum.GetValues<Theme>().ToImmutableSortedDictionary(t => t, t => (double)d.themes[(int)t]),
                Enum.GetValues<Region>().ToImmutableSortedDictionary(r => r, r => (double)d.regions[(int)r])))).ToArray();

    private static readonly Gen<FundingCase> s_cases =
        from appeals in s_appeals
        from donors in s_donorsWithMoney
        from noise in Gen.Elements(0.0, 0.1, 0.5, 1.0)
        from seed in Gen.Choose(0, int.MaxValue)
        select new FundingCase(
            [.. appeals],
            [.. donors.Select(d => d.Budget)],
            donors.ToImmutableSortedDictionary(d => d.Budget.Donor, d => d.Priorities),
            noise,
            (ulong)seed);

    [Fact]
    public void Every_dollar_is_accounted_for_in_every_ledger()
    {
        Prop.ForAll(s_cases.ToArbitrary(), c =>
        {
            var ledger = c.Run();
            return ledger.IsBalanced
                && ledger.ContributedUsd == c.Budgets.Sum(b => b.VoluntaryUsd)
                && ledger.ToCoreUsd == c.Budgets.Sum(b => b.UnearmarkedUsd)
                && ledger.Projects.Sum(p => p.FundedUsd) == ledger.ToProjectsUsd + ledger.ReturnedUsd
                && ledger.Projects.All(p => p.FundedUsd == p.Accepted.Sum(a => a.AmountUsd));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_balance_is_ever_negative()
    {
        Prop.ForAll(s_cases.ToArbitrary(), c =>
        {
            var ledger = c.Run();
            return ledger.Donors.All(d => d.ToProjectsUsd >= 0 && d.ToCoreUsd >= 0 && d.ReturnedUsd >= 0 && d.CarriedOverUsd >= 0)
                && ledger.Projects.All(p =>
                    p.FundedUsd >= 0
                    && p.Appeal.CostUsd - p.FundedUsd >= 0
                    && p.SpentUsd >= 0
                    && p.OverheadUsd >= 0
                    && p.Accepted.All(a => a.AmountUsd > 0)
                    && p.Returned.All(r => r.AmountUsd > 0));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Coverage_lies_between_zero_and_one_for_every_project_and_every_line()
    {
        Prop.ForAll(s_cases.ToArbitrary(), c =>
        {
            var projects = c.Run().Projects;
            var lines = AppealCoverage.ByTheme(projects).Concat(AppealCoverage.ByRegion(projects)).Append(AppealCoverage.Overall(projects));
            return projects.All(p => p.Coverage is >= 0 and <= 1) && lines.All(l => l.Coverage is >= 0 and <= 1);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_pledge_plan_adds_up_exactly_and_leaves_money_only_when_every_need_is_met()
    {
        var cases =
            from budgetMills in Gen.OneOf(Gen.Choose(0, 5_000), Gen.Choose(0, 50_000_000))
            from needs in Gen.ListOf(Gen.OneOf(Gen.Choose(0, 5_000), Gen.Choose(0, 20_000_000)))
            from requesters in Gen.ArrayOf(Gen.Elements(s_requesters), needs.Count)
            from noise in Gen.Elements(0.0, 0.3, 1.0, 2.0)
            from seed in Gen.Choose(0, int.MaxValue)
            select (Budget: budgetMills / 1000m, Needs: needs.Select(n => n / 1000m).ToArray(), Requesters: requesters, Noise: noise, Seed: (ulong)seed);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var open = c.Needs
                .Select((need, i) => new OpenAppeal(new Appeal($"a{i}", Year, "a", Theme.Health, Region.Global, c.Requesters[i], c.Requesters[i], need), need))
                .ToImmutableArray();
            var plan = PledgePlanner.Plan(new DonorBudget(DonorId.Parse("USA"), Year, c.Budget, 0m), DonorPriorities.Neutral, open, s => Interest(DonorId.Parse("USA"), s), c.Noise, c.Seed, 0);

            var needOf = open.ToDictionary(o => o.Appeal.Id, o => o.RemainingUsd);
            var wholeCentNeeds = open.Where(o => o.RemainingUsd >= 0.01m).ToList();
            var leftOver = plan.UnplacedUsd >= 0.01m;
            return plan.PledgedUsd + plan.UnplacedUsd == c.Budget
                && plan.UnplacedUsd >= 0
                && plan.Pledges.All(p => p.AmountUsd > 0 && p.AmountUsd <= needOf[p.AppealId] && p.AmountUsd == Math.Round(p.AmountUsd, 2))
                && plan.Pledges.Zip(plan.Pledges.Skip(1)).All(p => string.CompareOrdinal(p.First.AppealId, p.Second.AppealId) < 0)
                && (!leftOver || wholeCentNeeds.All(o => plan.Pledges.Any(p => p.AppealId == o.Appeal.Id && p.AmountUsd == Math.Round(o.RemainingUsd, 2, MidpointRounding.ToZero))));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Raising_one_pledge_never_lowers_the_projects_coverage()
    {
        var cases =
            from cost in Gen.Choose(0, 1_000_000)
            from pledges in Gen.NonEmptyListOf(Gen.Choose(0, 400_000))
            from raised in Gen.Choose(0, pledges.Count - 1)
            from extra in Gen.Choose(0, 400_000)
            select (Cost: cost / 100m, Pledges: pledges.Select(p => p / 100m).ToArray(), Raised: raised, Extra: extra / 100m);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var before = Receive(c.Cost, c.Pledges);
            var after = Receive(c.Cost, c.Pledges.Select((p, i) => i == c.Raised ? p + c.Extra : p));
            return after.Coverage >= before.Coverage
                && before.FundedUsd == Math.Min(c.Cost, c.Pledges.Sum())
                && after.FundedUsd >= before.FundedUsd;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// Raising a budget can move its donor ahead in the pledging order, where it can take room a later donor would
    /// have used (see <see cref="FundingYearProcedureTests"/>), so the property is stated for the donor that pledges
    /// first (it stays first). Later donors then find less room, but lose less than the extra money placed, except
    /// for rounding: each plan's odd cents can land on another project (about one case in 10,000 loses a cent), so a
    /// cent per project per donor is allowed.
    /// </summary>
    [Fact]
    public void Raising_the_first_donors_budget_never_lowers_what_the_whole_appeal_funds()
    {
        var cases =
            from c in s_cases
            from extra in Gen.OneOf(Gen.Choose(1, 1_000), Gen.Choose(1, 2_000_000))
            select (Case: c, Extra: extra / 100m);
        Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var c = x.Case;
            if (c.Budgets.IsEmpty)
            {
                return true;
            }

            var first = FundingYearProcedure.PledgingOrder(c.Budgets)[0];
            var raised = c.Budgets.Replace(first, first with { EarmarkedUsd = first.EarmarkedUsd + x.Extra });
            var before = c.Run().Projects.Sum(p => p.FundedUsd);
            var after = c.Run(raised).Projects.Sum(p => p.FundedUsd);
            var rounding = 0.01m * c.Appeals.Length * c.Budgets.Length;
            return after >= before - rounding;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_inputs_give_the_same_ledger()
    {
        Prop.ForAll(s_cases.ToArbitrary(), c => c.Run() == c.Run()).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_order_budgets_and_appeals_are_listed_in_changes_nothing()
    {
        var cases =
            from c in s_cases
            from budgets in Gen.Shuffle(c.Budgets.ToArray())
            from appeals in Gen.Shuffle(c.Appeals.ToArray())
            select (Case: c, Budgets: budgets.ToImmutableArray(), Appeals: appeals.ToImmutableArray());
        Prop.ForAll(cases.ToArbitrary(), x =>
            x.Case.Run() == (x.Case with { Appeals = x.Appeals }).Run(x.Budgets)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_recipients_ties_add_up_to_one()
    {
        Prop.ForAll(s_cases.ToArbitrary(), c =>
            FundingTies.From(c.Run()).ByRecipient.Values.All(donors =>
                Math.Abs(donors.Values.Sum() - 1.0) < 1e-9 && donors.Values.All(w => w is > 0 and <= 1))).QuickCheckThrowOnFailure();
    }

    private static ProjectAccount Receive(decimal cost, IEnumerable<decimal> pledges)
    {
        var account = ProjectAccount.Open(new Appeal("p", Year, "p", Theme.Health, Region.Global, null, null, cost));
        foreach (var (amount, i) in pledges.Select((p, i) => (p, i)))
        {
            account = account.Receive(new Pledge(DonorId.Parse($"D-{i}"), "p", amount)).Account;
        }

        return account;
    }

    // Some donors favour some requesters, dislike others (which counts as no interest), ignore the rest.
    private static double Interest(DonorId donor, StateCode state) => (((donor.Value[0] + state.Value[1]) % 5) - 2) / 2.0;

    private static StateCode Code(string code) => StateCode.Parse(code);

    private sealed record FundingCase(
        ImmutableArray<Appeal> Appeals,
        ImmutableArray<DonorBudget> Budgets,
        ImmutableSortedDictionary<DonorId, DonorPriorities> Priorities,
        double Noise,
        ulong Seed)
    {
        public FundingYearLedger Run() => Run(Budgets);

        public FundingYearLedger Run(ImmutableArray<DonorBudget> budgets) =>
            FundingYearProcedure.Run(Year, Appeals, budgets, d => Priorities[d], Interest, FundingRules.Default, Noise, Seed, 0);

        public override string ToString() =>
            $"appeals [{string.Join(", ", Appeals.Select(a => $"{a.Id} {a.Theme}/{a.Region}/{a.RequestedBy} {a.CostUsd}"))}], "
            + $"budgets [{string.Join(", ", Budgets.Select(b => $"{b.Donor} {b.EarmarkedUsd}+{b.UnearmarkedUsd}"))}], noise {Noise}, seed {Seed}";
    }
}
