namespace IomSim.Domain.Funding;

/// <summary>
/// What one contributor gave IOM in one year, as recorded (UN CEB revenue by contributor, US dollars). Amounts are
/// net and can be negative: refunds and adjustments of earlier years.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Donor">Who.</param>
/// <param name="AssessedUsd">Assessed contributions (members only).</param>
/// <param name="EarmarkedUsd">Voluntary, earmarked.</param>
/// <param name="UnearmarkedUsd">Voluntary, unearmarked.</param>
/// <param name="OtherUsd">Other revenue.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record RecordedContribution(int Year, DonorId Donor, decimal AssessedUsd, decimal EarmarkedUsd, decimal UnearmarkedUsd, decimal OtherUsd, string Source)
{
    /// <summary>Voluntary money, earmarked and not, net as recorded.</summary>
    public decimal VoluntaryUsd => EarmarkedUsd + UnearmarkedUsd;
}
