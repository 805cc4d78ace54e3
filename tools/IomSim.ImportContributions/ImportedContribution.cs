using IomSim.Domain.Funding;

namespace IomSim.ImportContributions;

/// <summary>One row of <c>seeds/contributions.csv</c>: one donor's revenue in one year, the sum of the CEB rows mapped to it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Donor">The donor id.</param>
/// <param name="Name">The CEB name (names joined with " + " when rows were summed).</param>
/// <param name="Kind">The donor's kind.</param>
/// <param name="AssessedUsd">Assessed contributions.</param>
/// <param name="EarmarkedUsd">Voluntary, earmarked.</param>
/// <param name="UnearmarkedUsd">Voluntary, unearmarked.</param>
/// <param name="OtherUsd">Other revenue.</param>
/// <param name="Source">Where the row comes from: the reference lines, and any mapping or sum.</param>
internal sealed record ImportedContribution(
    int Year,
    DonorId Donor,
    string Name,
    DonorKind Kind,
    decimal AssessedUsd,
    decimal EarmarkedUsd,
    decimal UnearmarkedUsd,
    decimal OtherUsd,
    string Source);
