using MathNet.Numerics;

namespace IomSim.Estimation.Habits;

/// <summary>
/// Empirical-Bayes smoothing of rates: each rate k/n is pulled towards a prior mean μ by a beta(μα, (1 − μ)α) prior,
/// giving (k + μα) / (n + α). The strength α is the one, on a fixed grid of 2^(g/4) for g = 0..64 (1 to 65,536 roll
/// calls), that maximises the beta-binomial marginal likelihood of all the counts together. A fixed grid instead of an
/// optimiser keeps the choice exact and reproducible.
/// </summary>
internal static class BetaPrior
{
    // Keeps the prior proper when a mean is exactly 0 or 1.
    private const double MeanFloor = 1e-4;

    public static double Smooth(int events, int trials, double mean, double strength) =>
        (events + (Clamp(mean) * strength)) / (trials + strength);

    public static double Strength(IReadOnlyList<(int Events, int Trials, double Mean)> counts)
    {
        var best = 1.0;
        var bestValue = double.NegativeInfinity;
        for (var g = 0; g <= 64; g++)
        {
            var alpha = Math.Pow(2.0, g / 4.0);
            var value = 0.0;
            foreach (var (events, trials, mean) in counts)
            {
                if (trials == 0)
                {
                    continue;
                }

                var a = Clamp(mean) * alpha;
                var b = (1.0 - Clamp(mean)) * alpha;
                value += SpecialFunctions.BetaLn(events + a, trials - events + b) - SpecialFunctions.BetaLn(a, b);
            }

            if (value > bestValue)
            {
                bestValue = value;
                best = alpha;
            }
        }

        return best;
    }

    private static double Clamp(double mean) => Math.Clamp(mean, MeanFloor, 1.0 - MeanFloor);
}
