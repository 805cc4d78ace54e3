using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>A budget year over all runs: the money, the appeal's coverage, concentration and the largest donors.</summary>
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
    ImmutableArray<DonorMoneyView> TopDonors);
