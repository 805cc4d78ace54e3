using IomSim.Domain.Funding;

namespace IomSim.Scenarios.Model;

/// <summary>A counterfactual change to what a donor gives IOM as voluntary money (US dollars), in the years it applies to.</summary>
/// <param name="Kind">What the change does.</param>
/// <param name="Donor">
/// <see cref="DonorChangeKind.Scale"/>: the donor scaled; <see cref="DonorChangeKind.MatchAssessedShare"/>: the state that
/// matches its assessed share; <see cref="DonorChangeKind.Pool"/>: the donor the group's money goes through.
/// </param>
/// <param name="Factor">The multiplier, 0 to 10: of the donor's money (scale) or of its matched amount (match; 1 by default); 1 for a pool.</param>
/// <param name="Group">For a pool: the group in seeds/groups.csv whose members, on each year, pool their money; null otherwise.</param>
/// <param name="FromYear">First year the change applies (inclusive); null: from the first year played.</param>
/// <param name="ToYear">Last year the change applies (inclusive); null: to the last year played.</param>
public sealed record DonorChange(DonorChangeKind Kind, DonorId Donor, double Factor, string? Group, int? FromYear, int? ToYear);
