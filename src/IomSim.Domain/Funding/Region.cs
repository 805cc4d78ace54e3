namespace IomSim.Domain.Funding;

/// <summary>Where an IOM project works, by IOM's broad regions. File names: <see cref="FundingNames"/>.</summary>
public enum Region
{
    /// <summary>Sub-Saharan Africa (<c>africa</c>).</summary>
    Africa,

    /// <summary>North, Central and South America and the Caribbean (<c>americas</c>).</summary>
    Americas,

    /// <summary>Asia and the Pacific (<c>asia-pacific</c>).</summary>
    AsiaPacific,

    /// <summary>Europe and Central Asia (<c>europe-central-asia</c>).</summary>
    EuropeCentralAsia,

    /// <summary>Middle East and North Africa (<c>middle-east-north-africa</c>).</summary>
    MiddleEastNorthAfrica,

    /// <summary>Global and multi-regional programmes (<c>global</c>).</summary>
    Global,
}
