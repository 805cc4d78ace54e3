using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>
/// A budget year over all runs: the money and where it went, the appeal's coverage, concentration, the largest donors'
/// flows, and the documented figures beside the simulated ones (as <c>compare</c> prints them).
/// </summary>
internal sealed record FundingView(
    int Year,
    DistributionView Coverage,
    double AppealUsd,
    double FundedUsd,
    double VoluntaryNewUsd,
    double ToProjectsUsd,
    double OverheadIncomeUsd,
    double CancelledProjects,
    double UnfundedProjects,
    ImmutableArray<string> TopFive,
    double TopFiveShare,
    ImmutableArray<CoverageView> ByTheme,
    ImmutableArray<DonorMoneyView> TopDonors,
    double ToCoreUsd,
    double ReturnedUsd,
    double CarriedOverUsd,
    string SharesMeasuredOver,
    ImmutableArray<DocumentedFigureView> Documented);
