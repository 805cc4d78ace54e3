using MathNet.Numerics.Distributions;

namespace IomSim.Engine.Sweeps;

/// <summary>The exact sign test of paired runs: under no effect a change up is as likely as a change down.</summary>
public static class SignTest
{
    /// <summary>
    /// The two-sided p-value for <paramref name="up"/> pairs that went up and <paramref name="down"/> that went down
    /// (ties left out): twice the binomial (n, ½) probability of a count as small as the smaller one, at most 1; 1 when
    /// no pair changed. It is the same with up and down swapped.
    /// </summary>
    public static double TwoSided(int up, int down)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(up);
        ArgumentOutOfRangeException.ThrowIfNegative(down);
        var n = up + down;
        return n == 0 ? 1 : Math.Min(1, 2 * Binomial.CDF(0.5, n, Math.Min(up, down)));
    }
}
