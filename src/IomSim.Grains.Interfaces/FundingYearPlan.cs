using System.Collections.Immutable;
using IomSim.Domain.Funding;

namespace IomSim.Grains;

/// <summary>One budget year for the Administration to run: the appeal, who pays what, and the rules.</summary>
/// <param name="Year">The year.</param>
/// <param name="Appeals">The year's projects.</param>
/// <param name="Budgets">Every contributor's voluntary money; the contributors' grains are configured already.</param>
/// <param name="Assessments">Each member's assessed contribution for the year.</param>
/// <param name="Rules">The funding rules.</param>
public sealed record FundingYearPlan(
    int Year,
    ImmutableArray<Appeal> Appeals,
    ImmutableArray<DonorBudget> Budgets,
    ImmutableArray<AssessedContribution> Assessments,
    FundingRules Rules);
