namespace IomSim.Domain.Decisions;

/// <summary>
/// Where a roll call (or a motion placed from roll calls) stands in the ordered-logit ideal-point model. A state at
/// ideal point x has the latent support η = <see cref="Discrimination"/> · x (+ shifts); it votes yes above the upper
/// cut, no below the lower cut, and abstains in between, each with logistic noise.
/// </summary>
/// <param name="Discrimination">How support rises along each dimension.</param>
/// <param name="LowerCut">The cut between no and abstain, for the average state.</param>
/// <param name="UpperCut">The cut between abstain and yes, for the average state (above <paramref name="LowerCut"/>).</param>
public sealed record ItemParameters(IdealCoordinates Discrimination, double LowerCut, double UpperCut)
{
    /// <summary>The midpoint of the two cuts.</summary>
    public double Midpoint => (LowerCut + UpperCut) / 2.0;

    /// <summary>Half the width of the abstention band, for the average state.</summary>
    public double HalfBand => (UpperCut - LowerCut) / 2.0;
}
