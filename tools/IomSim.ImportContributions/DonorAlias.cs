using IomSim.Domain.Funding;

namespace IomSim.ImportContributions;

/// <summary>One rule of the alias table: CEB rows of <paramref name="Category"/> named <paramref name="CebName"/> (or any name) belong to <paramref name="Donor"/>.</summary>
/// <param name="Line">The rule's line in the alias table.</param>
/// <param name="Category">The CEB category the rule applies to.</param>
/// <param name="CebName">The CEB name, or null for every name in the category.</param>
/// <param name="Donor">The donor id.</param>
/// <param name="Kind">The donor's kind.</param>
/// <param name="Note">A note for the rows' source, if any.</param>
/// <param name="Source">Why the mapping holds.</param>
internal sealed record DonorAlias(long Line, string Category, string? CebName, DonorId Donor, DonorKind Kind, string? Note, string Source);
