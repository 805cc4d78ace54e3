using System.Collections.Immutable;

namespace IomSim.Engine.Results;

/// <summary>One budget year over all runs: money in and out, coverage of the appeal, concentration, votes lost to arrears.</summary>
/// <param name="Year">The budget year.</param>
/// <param name="Flow">Where the money went (means over runs); whether every run's ledger balanced.</param>
/// <param name="Contributions">Each contributor's money, largest first.</param>
/// <param name="Concentration">How concentrated voluntary funding is, and how the project measures it.</param>
/// <param name="Overall">The whole appeal's coverage.</param>
/// <param name="ByTheme">Coverage by theme.</param>
/// <param name="ByRegion">Coverage by region.</param>
/// <param name="WithoutVote">Members without a vote at the end of the year, with the share of runs.</param>
/// <param name="SetAsideCount">Recorded negative amounts (refunds of earlier years) set aside.</param>
/// <param name="SetAsideUsd">Their sum.</param>
/// <param name="Documented">Documented figures for the year beside the simulated ones.</param>
public sealed record FundingYearSummary(
    int Year,
    MoneyFlow Flow,
    ImmutableArray<DonorContribution> Contributions,
    FundingConcentration Concentration,
    CoverageSummary Overall,
    ImmutableArray<CoverageSummary> ByTheme,
    ImmutableArray<CoverageSummary> ByRegion,
    ImmutableSortedDictionary<string, double> WithoutVote,
    int SetAsideCount,
    decimal SetAsideUsd,
    ImmutableArray<DocumentedFigure> Documented)
{
    /// <summary>Each run's budget-year measures (<see cref="Measures.MeasureCatalogue.BudgetYear"/>), by run index: what paired comparisons and intervals need.</summary>
    public ImmutableArray<Measures.BudgetYearMeasures> PerRun { get; init; } = [];
}
