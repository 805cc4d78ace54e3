namespace IomSim.Domain.World;

/// <summary>
/// A state's (or a motion's) place on the policy dimensions, each from −1 to +1.
/// <see cref="Alignment"/>: +1 with the Western donor group, −1 with Russia and China.
/// <see cref="Rights"/>: +1 rights-based facilitation of migration, −1 restrictive, security and sovereignty first.
/// </summary>
/// <param name="Alignment">Alignment with the Western donor group (+) or with Russia and China (−).</param>
/// <param name="Rights">Rights-based facilitation (+) or restrictive, security-first policy (−).</param>
public readonly record struct PolicyPosition(double Alignment, double Rights)
{
    /// <summary>The centre of the space.</summary>
    public static PolicyPosition Centre { get; } = new(0, 0);

    /// <summary>Euclidean distance, from 0 to 2√2.</summary>
    public double DistanceTo(PolicyPosition other)
    {
        var da = Alignment - other.Alignment;
        var dr = Rights - other.Rights;
        return Math.Sqrt((da * da) + (dr * dr));
    }
}
