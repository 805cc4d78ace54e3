using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Engine.Telemetry;
using IomSim.Grains;

namespace IomSim.Engine.Funding;

/// <summary>
/// One budget year in one run: the scale of assessment for the members on 1 January, every contributor's money and
/// priorities given to its grain, and the year run by the Administration.
/// </summary>
internal static class FundingYearPlay
{
    public static async Task<FundingYearRun> PlayAsync(
        IGrainFactory grains,
        IAdministrationGrain administration,
        ScenarioStage stage,
        string lane,
        int year,
        ImmutableSortedDictionary<DonorId, decimal> broughtForward,
        RunKey run)
    {
        var funding = stage.World.Funding;
        if (!funding.Years.TryGetValue(year, out var budgetYear))
        {
            throw new FundingSetupException(funding.Years.IsEmpty
                ? $"the seeds have no budget years, so budget year {year} cannot be played"
                : $"budget year {year} has no data in seeds/funding-years.csv (it has {funding.Years.Keys.First()}–{funding.Years.Keys.Last()})");
        }

        using var span = EngineTelemetry.BudgetYearStarted(year);
        var january = new DateOnly(year, 1, 1);
        var members = await administration.MembersOn(january, run);
        var scale = ScaleOfAssessment.From(year, funding.ContributionsIn(year), members);
        var budgets = DonorBudgets.For(stage.World, stage.Scenario.Funding, year, scale, broughtForward);
        var appeals = AppealPortfolio.For(budgetYear, funding.AppealPlan);
        await ConfigureAsync(grains, stage, lane, run, january, members, budgets.Budgets, appeals);

        var plan = new FundingYearPlan(year, appeals, budgets.Budgets, scale.Assess(budgetYear), stage.Scenario.Funding.Rules);
        var report = await administration.RunFundingYear(plan, run);
        var withoutVote = await administration.NotEntitledOn(new DateOnly(year, 12, 31), run);
        EngineTelemetry.BudgetYearFinished(span, year, report.Ledger.ContributedUsd, report.Ledger.IsBalanced);
        return new FundingYearRun(
            run.Run,
            year,
            report,
            broughtForward,
            [.. withoutVote.Select(s => s.Value).Order(StringComparer.Ordinal)],
            budgets.SetAsideCount,
            budgets.SetAsideUsd);
    }

    // Every member (it pays its assessment) and every contributor with money (it pledges) gets its setup for the year.
    private static async Task ConfigureAsync(
        IGrainFactory grains,
        ScenarioStage stage,
        string lane,
        RunKey run,
        DateOnly january,
        ImmutableArray<StateCode> members,
        ImmutableArray<DonorBudget> budgets,
        ImmutableArray<Appeal> appeals)
    {
        var requesters = appeals.Where(a => a.RequestedBy is not null).Select(a => a.RequestedBy!.Value).Distinct().ToArray();
        var byDonor = budgets.ToDictionary(b => b.Donor);
        var donors = byDonor.Keys.Union(members.Select(DonorId.Of)).Order();
        foreach (var donor in donors)
        {
            var budget = byDonor.GetValueOrDefault(donor) ?? new DonorBudget(donor, january.Year, 0, 0);
            var priorities = stage.World.Funding.Donors.TryGetValue(donor, out var profile) ? profile.Priorities : DonorPriorities.Neutral;
            if (donor.State is { } state)
            {
                var interests = requesters
                    .Select(r => (Requester: r, Weight: stage.RelationBetween(state, r, january)))
                    .Where(r => r.Weight != 0)
                    .ToImmutableDictionary(r => r.Requester, r => r.Weight);
                await grains.GetGrain<IMemberStateGrain>(LaneKeys.Within(lane, state.Value)).ConfigureFinances(
                    new DonorSetup(budget, priorities, interests, stage.Scenario.Funding.PledgeNoise, stage.AssessedPaymentOf(state, january)),
                    run);
            }
            else
            {
                await grains.GetGrain<IContributorGrain>(LaneKeys.Within(lane, donor.Value)).ConfigureFinances(
                    new DonorSetup(budget, priorities, ImmutableDictionary<StateCode, double>.Empty, stage.Scenario.Funding.PledgeNoise, 1.0),
                    run);
            }
        }
    }
}
