namespace IomSim.Scenarios.Model;

/// <summary>How a <see cref="DonorChange"/> changes a donor's voluntary money.</summary>
public enum DonorChangeKind
{
    /// <summary>The donor's voluntary money, earmarked and unearmarked, times a factor (<c>{ donor: USA, scale: 0.5 }</c>).</summary>
    Scale,

    /// <summary>
    /// A state gives voluntary money equal to its share of the scale of assessment times all states' voluntary money
    /// that year, times a factor (<c>{ donor: CHN, match: assessed-share }</c>).
    /// </summary>
    MatchAssessedShare,

    /// <summary>The members of a seeded group give their voluntary money through one donor (<c>{ pool: EU, into: EU }</c>).</summary>
    Pool,
}
