using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace IomSim.Engine.Sweeps;

/// <summary>95% confidence intervals for what a sweep measures: shares of runs, and means over runs.</summary>
public static class ConfidenceIntervals
{
    // The 97.5th percentile of the standard normal distribution.
    private const double Z = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval of a share of <paramref name="successes"/> in <paramref name="trials"/>: unlike the
    /// normal approximation it stays within 0 to 1 and is not empty at 0% or 100%.
    /// </summary>
    public static Interval Wilson(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        var n = (double)trials;
        var p = successes / n;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// The mean of <paramref name="values"/> with Student's t interval (n − 1 degrees of freedom); a single value, or
    /// none, has an interval of no width.
    /// </summary>
    public static Interval Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new Interval(0, 0, 0);
        }

        var mean = values.Mean();
        if (values.Count == 1)
        {
            return new Interval(mean, mean, mean);
        }

        var half = StudentT.InvCDF(0, 1, values.Count - 1, 0.975) * values.StandardDeviation() / Math.Sqrt(values.Count);
        return new Interval(mean, mean - half, mean + half);
    }
}
