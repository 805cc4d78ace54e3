using MathNet.Numerics.LinearAlgebra;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// Fixed starting values: each item's cuts from its shares of yes, abstain and no; ideal points from the leading left
/// singular vectors of the centred vote matrix (yes +1, abstain 0, no −1, a missing vote the item's mean), scaled to
/// unit variance. No randomness, so every fit starts from the same point.
/// </summary>
internal static class StartingValues
{
    public static double[] Cuts(VoteTable table, ParameterLayout layout)
    {
        var theta = new double[layout.Length];
        var counts = new double[table.Items.Length, 3];
        for (var o = 0; o < table.Count; o++)
        {
            counts[table.ObservationItem[o], table.ObservationCategory[o]]++;
        }

        for (var j = 0; j < table.Items.Length; j++)
        {
            var n = counts[j, 0] + counts[j, 1] + counts[j, 2];
            var no = (counts[j, 0] + 0.5) / (n + 1.5);
            var yes = (counts[j, 2] + 0.5) / (n + 1.5);
            // With η = 0: P(no) = σ(m − h), P(yes) = σ(−m − h).
            var m = (Logit(no) - Logit(yes)) / 2.0;
            var h = Math.Max(0.05, -(Logit(no) + Logit(yes)) / 2.0);
            theta[layout.Midpoint(j)] = m;
            theta[layout.LogHalfBand(j)] = Math.Log(h);
        }

        return theta;
    }

    /// <summary>The first <paramref name="dimensions"/> singular vectors of the centred vote matrix, each with unit variance.</summary>
    public static double[][] Scores(VoteTable table, int dimensions)
    {
        var n = table.States.Length;
        var items = table.Items.Length;
        var sums = new double[items];
        var cast = new double[items];
        var values = new double[n, items];
        var seen = new bool[n, items];
        for (var o = 0; o < table.Count; o++)
        {
            var value = table.ObservationCategory[o] - 1.0;
            values[table.ObservationState[o], table.ObservationItem[o]] = value;
            seen[table.ObservationState[o], table.ObservationItem[o]] = true;
            sums[table.ObservationItem[o]] += value;
            cast[table.ObservationItem[o]]++;
        }

        var matrix = Matrix<double>.Build.Dense(n, items, (i, j) => seen[i, j] ? values[i, j] - (sums[j] / cast[j]) : 0.0);
        var svd = matrix.Svd(computeVectors: true);
        var scores = new double[dimensions][];
        for (var d = 0; d < dimensions; d++)
        {
            var column = svd.U.Column(d).ToArray();
            var mean = column.Average();
            var sd = Math.Sqrt(column.Sum(c => (c - mean) * (c - mean)) / n);
            scores[d] = [.. column.Select(c => sd > 0 ? (c - mean) / sd : 0.0)];
        }

        return scores;
    }

    private static double Logit(double p) => Math.Log(p / (1.0 - p));
}
