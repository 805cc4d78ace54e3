namespace IomSim.Domain.Funding;

/// <summary>
/// Money is split to the cent, half-cents to even unless a rule says otherwise (a pledge never rounds up past what a
/// project needs): one rounding for every amount the funding rules produce, so the sums they check are exact.
/// </summary>
public static class Cents
{
    /// <summary><paramref name="amount"/> rounded to the cent.</summary>
    public static decimal Round(decimal amount, MidpointRounding mode = MidpointRounding.ToEven) => Math.Round(amount, 2, mode);
}
