using System.Collections.Immutable;
using IomSim.Domain.Randomness;

namespace IomSim.Engine.Sweeps;

/// <summary>
/// One dimension of a Latin-hypercube sample: n values in [from, to), the range cut into n equal strata and exactly
/// one value in each, the strata shuffled (Fisher–Yates) and each value placed uniformly within its stratum, every draw
/// from the keyed stream given. Dimensions drawn from independent streams make the hypercube.
/// </summary>
public static class LatinHypercube
{
    /// <summary>The n values of one dimension, in sample order.</summary>
    public static ImmutableArray<double> Column(int n, double from, double to, RandomStream stream)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var strata = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = (int)(stream.NextDouble() * (i + 1));
            (strata[i], strata[j]) = (strata[j], strata[i]);
        }

        var values = ImmutableArray.CreateBuilder<double>(n);
        foreach (var stratum in strata)
        {
            var value = from + ((to - from) * (stratum + stream.NextDouble()) / n);

            // Rounding can carry a value drawn at a stratum's very edge into its neighbour: then take the stratum's middle.
            values.Add(StratumOf(value, n, from, to) == stratum ? value : from + ((to - from) * (stratum + 0.5) / n));
        }

        return values.MoveToImmutable();
    }

    /// <summary>Which of the n equal strata of [from, to) holds <paramref name="value"/> (n for <paramref name="to"/> itself, outside them all).</summary>
    public static int StratumOf(double value, int n, double from, double to) => (int)Math.Floor((value - from) / (to - from) * n);
}
