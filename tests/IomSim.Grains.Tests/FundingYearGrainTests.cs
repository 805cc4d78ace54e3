using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains.Tests;

/// <summary>
/// A budget year through the grains (Administration, member states, a contributor, projects) against the direct
/// procedure over plain arrays, and what the year changes afterwards: who may vote, and donors' pull on recipients.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class FundingYearGrainTests(GrainCluster cluster)
{
    private const int Year = 2021;

    // Three donors among the Council's members (MAA, MAB, MAC), the hostile member as a recipient, and a non-state
    // contributor; six projects, two regional.
    private static readonly DonorId s_fund = DonorId.Parse("EU");

    private static readonly ImmutableArray<StateCode> s_donors = [Code("MAA"), Code("MAB"), Code("MAC")];

    private static readonly ImmutableArray<Appeal> s_appeals =
    [
        new("2021/a", Year, "A", Theme.EmergencyResponse, Region.Africa, Code("MAD"), Code("MAD"), 1_000_000m),
        new("2021/b", Year, "B", Theme.Health, Region.Africa, Code("MAE"), Code("MAE"), 400_000m),
        new("2021/c", Year, "C", Theme.BorderManagement, Region.EuropeCentralAsia, SyntheticCouncil.Hostile, SyntheticCouncil.Hostile, 750_000m),
        new("2021/d", Year, "D", Theme.LabourMobility, Region.AsiaPacific, Code("MAF"), Code("MAF"), 300_000m),
        new("2021/e", Year, "E", Theme.ClimateMigration, Region.Global, null, null, 500_000m),
        new("2021/f", Year, "F", Theme.ReturnAndReintegration, Region.Americas, null, null, 2_000_000m),
    ];

    private static readonly ImmutableArray<DonorBudget> s_budgets =
    [
        new(DonorId.Of(s_donors[0]), Year, 1_200_000m, 100_000m),
        new(DonorId.Of(s_donors[1]), Year, 600_000m, 0m),
        new(DonorId.Of(s_donors[2]), Year, 250_000.55m, 20_000m),
        new(s_fund, Year, 900_000m, 0m),
    ];

    private static readonly ImmutableDictionary<DonorId, DonorPriorities> s_priorities = new Dictionary<DonorId, DonorPriorities>
    {
        [DonorId.Of(s_donors[0])] = new(ImmutableSortedDictionary<Theme, double>.Empty.Add(Theme.EmergencyResponse, 3), ImmutableSortedDictionary<Region, double>.Empty),
        [DonorId.Of(s_donors[1])] = new(ImmutableSortedDictionary<Theme, double>.Empty, ImmutableSortedDictionary<Region, double>.Empty.Add(Region.EuropeCentralAsia, 4)),
    }.ToImmutableDictionary();

    // MAA is friendly to the hostile member's government; MAB cool towards MAD's.
    private static readonly ImmutableDictionary<(DonorId, StateCode), double> s_interests = new Dictionary<(DonorId, StateCode), double>
    {
        [(DonorId.Of(s_donors[0]), SyntheticCouncil.Hostile)] = 0.8,
        [(DonorId.Of(s_donors[1]), Code("MAD"))] = -0.5,
    }.ToImmutableDictionary();

    [Fact]
    public async Task The_grains_draw_up_the_same_ledger_as_the_direct_procedure()
    {
        for (var run = 0; run < 4; run++)
        {
            var report = await FundWithGrains(GrainCluster.Run(2021, run), _ => 1.0);
            var direct = FundingYearProcedure.Run(
                Year,
                s_appeals,
                s_budgets,
                PrioritiesOf,
                (donor, state) => s_interests.GetValueOrDefault((donor, state)),
                FundingRules.Default,
                0.5,
                2021,
                run);

            Assert.Equal(direct, report.Ledger);
            Assert.True(report.Ledger.IsBalanced);
        }
    }

    [Fact]
    public async Task Different_runs_pledge_differently_so_the_comparison_above_is_not_of_constants()
    {
        var first = await FundWithGrains(GrainCluster.Run(2021, 0), _ => 1.0);
        var second = await FundWithGrains(GrainCluster.Run(2021, 1), _ => 1.0);

        Assert.NotEqual(first.Ledger.Projects.Select(p => p.FundedUsd), second.Ledger.Projects.Select(p => p.FundedUsd));
    }

    [Fact]
    public async Task Members_pay_by_their_behaviour_and_the_Administration_keeps_the_arrears()
    {
        var defaulter = Code("MAD");
        var report = await FundWithGrains(GrainCluster.Run(2021, 0), member => member == defaulter ? 0.0 : 1.0);

        var due = report.Assessments.Single(a => a.Member == defaulter);
        Assert.Equal(0m, report.PaidChf[defaulter]);
        Assert.Equal(due.Chf, report.ArrearsChf[defaulter]);
        Assert.Single(report.ArrearsChf);
        Assert.Equal(report.Assessments.Sum(a => a.Chf) - due.Chf, report.PaidChf.Values.Sum());
    }

    [Fact]
    public async Task A_member_that_stops_paying_loses_its_vote_a_year_after_the_Council_is_told()
    {
        var defaulter = Code("MAD");
        var lane = GrainCluster.NewLane();
        var run = GrainCluster.Run(2016, 0);
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, run.Batch, DecisionParameters.Default);
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(lane);
        var notified = ImmutableArray.CreateBuilder<(DateOnly, bool)>();
        var votes = ImmutableArray.CreateBuilder<(DateOnly, Vote)>();
        for (var year = 2016; year <= 2020; year++)
        {
            var session = new DateOnly(year - 1, 11, 26);
            await administration.ReportArrearsToCouncil(session, run.Batch);
            notified.Add((session, (await administration.NotEntitledOn(session.AddYears(1), run)).Contains(defaulter)));
            await ConfigureAsync(lane, run, year, member => member == defaulter ? 0.0 : 1.0);
            await administration.RunFundingYear(Plan(year), run);
        }

        foreach (var day in new[] { new DateOnly(2018, 11, 25), new DateOnly(2018, 11, 26) })
        {
            var result = (await cluster.Grains.GetGrain<ICouncilGrain>(lane)
                .Decide(new AgendaItem(SyntheticCouncil.Admission with { Id = $"admit-{day:yyyyMMdd}" }, day, briefs), run.Batch)).ByRun[0];
            votes.Add((day, result.Votes[defaulter]));
        }

        // Unpaid from 2016: on 1 January 2017 it owes 2016 and 2017 against 2016's dues alone, so the session of
        // 26 November 2017 is told; from 26 November 2018 it may no longer vote (present or not, it has no vote).
        Assert.All(notified.Where(r => r.Item1 < new DateOnly(2017, 1, 1)), r => Assert.False(r.Item2));
        Assert.True(notified.Single(r => r.Item1 == new DateOnly(2017, 11, 26)).Item2);
        Assert.NotEqual(Vote.NotEntitled, votes.Single(v => v.Item1 == new DateOnly(2018, 11, 25)).Item2);
        Assert.True(votes.Single(v => v.Item1 == new DateOnly(2018, 11, 26)).Item2 is Vote.NotEntitled or Vote.Absent);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(3.0)]
    public async Task Donors_pull_on_recipients_the_same_way_in_grains_and_in_the_direct_procedure(double influence)
    {
        var parameters = DecisionParameters.Default with { DonorInfluence = influence };
        var lane = GrainCluster.NewLane();
        var run = GrainCluster.Run(2021, 0);
        var briefs = await SyntheticCouncil.SetUp(cluster.Grains, lane, run.Batch, parameters);
        await ConfigureAsync(lane, run, Year, _ => 1.0);
        var administration = cluster.Grains.GetGrain<IAdministrationGrain>(lane);
        await administration.RunFundingYear(Plan(Year), run);

        // The Council's draws are keyed by run 0 of seed 2021 here, as the direct procedure's below.
        var grain = (await cluster.Grains.GetGrain<ICouncilGrain>(lane)
            .Decide(new AgendaItem(SyntheticCouncil.Admission, SyntheticCouncil.SessionDay, briefs), run.Batch)).ByRun[0];
        var ties = await administration.Ties(run);

        var direct = AgendaItemProcedure.Run(
            SyntheticCouncil.Admission, SyntheticCouncil.Roster with { Ties = ties }, new DecisionModel(parameters), 2021, 0);

        Assert.NotEmpty(ties.ByRecipient);
        Assert.Equal(direct.Votes, grain.Votes);
        Assert.Equal(direct.Reasons, grain.Reasons);
        if (influence > 0)
        {
            var without = AgendaItemProcedure.Run(SyntheticCouncil.Admission, SyntheticCouncil.Roster, new DecisionModel(parameters), 2021, 0);
            var recipients = ties.ByRecipient.Keys.ToArray();
            Assert.Contains(recipients, r => direct.Reasons[r] == DecisionReason.Donors || direct.Votes[r] != without.Votes[r]);
        }
    }

    private async Task<FundingYearReport> FundWithGrains(RunKey run, Func<StateCode, double> paymentRate)
    {
        var lane = GrainCluster.NewLane();
        await SyntheticCouncil.SetUp(cluster.Grains, lane, run.Batch, DecisionParameters.Default);
        await ConfigureAsync(lane, run, Year, paymentRate);
        return await cluster.Grains.GetGrain<IAdministrationGrain>(lane).RunFundingYear(Plan(Year), run);
    }

    // Every member is assessed an equal share of CHF 600,000; the donors' budgets only in the year the tests fund.
    private static FundingYearPlan Plan(int year)
    {
        var members = SyntheticCouncil.Members.Select(m => m.Code).ToArray();
        var scale = new ScaleOfAssessment(year, members.ToImmutableSortedDictionary(m => m, _ => 1m / members.Length));
        var budget = new BudgetYear(year, 0, 0, 0, 0, 600_000m, ValueBasis.ModellingAssumption, 1.1m, 0, ValueBasis.ModellingAssumption, "test");
        return new FundingYearPlan(
            year,
            [.. s_appeals.Select(a => a with { Id = a.Id.Replace("2021", $"{year}", StringComparison.Ordinal), Year = year })],
            [.. s_budgets.Select(b => b with { Year = year })],
            scale.Assess(budget),
            FundingRules.Default);
    }

    private async Task ConfigureAsync(string lane, RunKey run, int year, Func<StateCode, double> paymentRate)
    {
        foreach (var member in SyntheticCouncil.Members.Select(m => m.Code))
        {
            var donor = DonorId.Of(member);
            var budget = s_budgets.FirstOrDefault(b => b.Donor == donor) is { } b ? b with { Year = year } : new DonorBudget(donor, year, 0, 0);
            var interests = s_interests.Where(i => i.Key.Item1 == donor).ToImmutableDictionary(i => i.Key.Item2, i => i.Value);
            await cluster.Grains.GetGrain<IMemberStateGrain>(LaneKeys.Within(lane, member.Value))
                .ConfigureFinances(new DonorSetup(budget, PrioritiesOf(donor), interests, 0.5, paymentRate(member)), run);
        }

        await cluster.Grains.GetGrain<IContributorGrain>(LaneKeys.Within(lane, s_fund.Value)).ConfigureFinances(
            new DonorSetup(s_budgets.Single(b => b.Donor == s_fund) with { Year = year }, PrioritiesOf(s_fund), ImmutableDictionary<StateCode, double>.Empty, 0.5, 1.0),
            run);
    }

    private static DonorPriorities PrioritiesOf(DonorId donor) => s_priorities.GetValueOrDefault(donor) ?? DonorPriorities.Neutral;

    private static StateCode Code(string code) => StateCode.Parse(code);
}
