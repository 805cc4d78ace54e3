using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Engine.Results;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Funding;

/// <summary>A run's budget years as figures (<see cref="BudgetYearRun"/>), each tied to the budget item that started it.</summary>
internal static class BudgetYearMeasures
{
    /// <summary>
    /// The budget years of <paramref name="played"/>: the n-th year belongs to the n-th budget item with a year (each such
    /// item starts one, adopted or not). Concentration is measured on this run's money, as the summary measures it on
    /// the mean over runs (<see cref="FundingSummary.ConcentrationDefinition"/>).
    /// </summary>
    public static ImmutableArray<BudgetYearRun> Of(PlayedRun played, FundingWorld world)
    {
        if (played.Funding.IsEmpty)
        {
            return [];
        }

        var items = played.Events.Where(e => e.Entry.Kind == AgendaKind.Budget && e.Entry.Year is not null).Select(e => e.Entry.Id).ToArray();
        return [.. played.Funding.Select((year, i) => Of(items[i], year, world))];
    }

    private static BudgetYearRun Of(string itemId, FundingYearRun run, FundingWorld world)
    {
        var ledger = run.Report.Ledger;
        var overall = AppealCoverage.Overall(ledger.Projects);
        var governments = ledger.Donors
            .Where(line => IsGovernment(line.Donor, world))
            .Select(run.NewMoneyOf)
            .Where(usd => usd > 0)
            .OrderByDescending(usd => usd)
            .ToArray();
        var rates = run.Report.Assessments.ToDictionary(a => a.Member, a => a.Chf == 0 ? 0 : a.Usd / a.Chf);
        return new BudgetYearRun(
            run.Run,
            itemId,
            run.Year,
            overall.Projects,
            (double)overall.CostUsd,
            (double)overall.FundedUsd,
            overall.Coverage,
            overall.Unfunded,
            overall.Cancelled,
            DonorConcentration.TopShare(governments, 5),
            DonorConcentration.Herfindahl(governments),
            (double)ledger.Donors.Sum(run.NewMoneyOf),
            (double)run.BroughtForwardUsd.Values.Sum(),
            (double)ledger.ToProjectsUsd,
            (double)ledger.ToCoreUsd,
            (double)ledger.ReturnedUsd,
            (double)ledger.CarriedOverUsd,
            (double)run.Report.Assessments.Sum(a => a.Usd),
            (double)run.Report.PaidChf.Sum(p => Cents.Round(p.Value * rates.GetValueOrDefault(p.Key))),
            (double)run.Report.ArrearsChf.Values.Sum(),
            run.Report.ArrearsChf.Count(a => a.Value > 0),
            run.WithoutVote,
            ledger.IsBalanced);
    }

    // Governments and the EU, as the summary's concentration counts them.
    private static bool IsGovernment(DonorId donor, FundingWorld world)
    {
        var kind = world.Donors.TryGetValue(donor, out var profile) ? profile.Kind : donor.State is null ? DonorKind.Other : DonorKind.State;
        return FundingNames.Of(kind) is "state" or "european-union";
    }
}
