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
[GenerateSerializer, Immutable, Alias("iomsim.DonorSetup")]
public sealed record DonorSetup(
    [property: Id(0)] DonorBudget Budget,
    [property: Id(1)] DonorPriorities Priorities,
    [property: Id(2)] ImmutableDictionary<StateCode, double> Interests,
    [property: Id(3)] double PledgeNoise,
    [property: Id(4)] double AssessedPayment);
