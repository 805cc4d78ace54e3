namespace IomSim.Domain.Funding;

/// <summary>What a donor sees when it pledges: a project and how much it still needs.</summary>
/// <param name="Appeal">The project.</param>
/// <param name="RemainingUsd">What is still unfunded of its cost, in US dollars.</param>
public sealed record OpenAppeal(Appeal Appeal, decimal RemainingUsd);
