using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>What a contributor needs for one budget year: its money, what it prefers to fund, and how it pays.</summary>
/// <param name="Budget">Its voluntary money for the year (after the scenario's changes and any carry-over).</param>
/// <param name="Priorities">What it prefers to fund.</param>
/// <param name="Interests">Its relations to the states that request projects, −1 to +1 (a friendly requester draws more money).</param>
/// <param name="PledgeNoise">Spread of the random term of its pledges (0: none).</param>
/// <param name="AssessedPayment">For a member: the probability it pays a year's assessment in full.</param>
public sealed record DonorSetup(
    DonorBudget Budget,
    DonorPriorities Priorities,
    ImmutableDictionary<StateCode, double> Interests,
    double PledgeNoise,
    double AssessedPayment);
