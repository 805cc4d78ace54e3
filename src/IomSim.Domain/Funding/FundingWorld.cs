using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>The world's funding data: budgets by year, contributions by donor and year, donors, the appeal plan and documented figures.</summary>
/// <param name="Years">Budget years, by year.</param>
/// <param name="Contributions">Recorded contributions, ordered by year then donor.</param>
/// <param name="Donors">Contributors, by id.</param>
/// <param name="AppealPlan">How a year's appeal total becomes projects.</param>
/// <param name="Documented">Documented figures to compare with.</param>
public sealed record FundingWorld(
    ImmutableSortedDictionary<int, BudgetYear> Years,
    ImmutableArray<RecordedContribution> Contributions,
    ImmutableSortedDictionary<DonorId, DonorProfile> Donors,
    ImmutableArray<AppealPlanRow> AppealPlan,
    ImmutableArray<DocumentedFundingFact> Documented)
{
    /// <summary>No funding data.</summary>
    public static FundingWorld Empty { get; } = new(
        ImmutableSortedDictionary<int, BudgetYear>.Empty,
        [],
        ImmutableSortedDictionary<DonorId, DonorProfile>.Empty,
        [],
        []);

    /// <summary>The recorded contributions of one year.</summary>
    public IEnumerable<RecordedContribution> ContributionsIn(int year) => Contributions.Where(c => c.Year == year);
}
