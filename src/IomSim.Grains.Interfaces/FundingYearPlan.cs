using System.Collections.Immutable;
using IomSim.Domain.Funding;

namespace IomSim.Grains;

/// <summary>One budget year for the Administration to run: the appeal, who pays what, and the rules.</summary>
/// <param name="Year">The year.</param>
/// <param name="Appeals">The year's projects.</param>
/// <param name="Budgets">Every contributor's voluntary money; the contributors' grains are configured already.</param>
/// <param name="Assessments">Each member's assessed contribution for the year.</param>
/// <param name="Rules">The funding rules.</param>
[GenerateSerializer, Immutable, Alias("iomsim.FundingYearPlan")]
public sealed record FundingYearPlan(
    [property: Id(0)] int Year,
    [property: Id(1)] ImmutableArray<Appeal> Appeals,
    [property: Id(2)] ImmutableArray<DonorBudget> Budgets,
    [property: Id(3)] ImmutableArray<AssessedContribution> Assessments,
    [property: Id(4)] FundingRules Rules);
