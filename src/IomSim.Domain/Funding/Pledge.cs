namespace IomSim.Domain.Funding;

/// <summary>Money a donor puts towards one project (never negative; zero pledges are not made).</summary>
/// <param name="Donor">Who gives.</param>
/// <param name="AppealId">The project.</param>
/// <param name="AmountUsd">How much, in US dollars.</param>
public sealed record Pledge(DonorId Donor, string AppealId, decimal AmountUsd);
