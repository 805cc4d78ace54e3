namespace IomSim.Domain.Funding;

/// <summary>What one donor gives IOM as voluntary money in one year, in US dollars (never negative).</summary>
/// <param name="Donor">Who.</param>
/// <param name="Year">Which year.</param>
/// <param name="EarmarkedUsd">Money the donor steers to projects of its choosing.</param>
/// <param name="UnearmarkedUsd">Money IOM may use as it sees fit (it goes to the core).</param>
public sealed record DonorBudget(DonorId Donor, int Year, decimal EarmarkedUsd, decimal UnearmarkedUsd)
{
    /// <summary>All of it.</summary>
    public decimal VoluntaryUsd => EarmarkedUsd + UnearmarkedUsd;
}
