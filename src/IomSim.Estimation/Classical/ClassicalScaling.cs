using MathNet.Numerics.LinearAlgebra;

namespace IomSim.Estimation.Classical;

/// <summary>The outcome of classical scaling: coordinates and the eigenvalues they come from.</summary>
public sealed class ScalingResult
{
    internal ScalingResult(double[][] coordinates, double[] eigenvalues)
    {
        Coordinates = coordinates;
        Eigenvalues = eigenvalues;
    }

    /// <summary>Coordinates: one array per point, one value per dimension, largest dimension first.</summary>
    public IReadOnlyList<double[]> Coordinates { get; }

    /// <summary>All eigenvalues of the double-centred matrix, largest first (small negative ones are noise or non-Euclidean distance).</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>
    /// The share of the scaled variance a dimension carries: its eigenvalue over the sum of the positive eigenvalues.
    /// </summary>
    public double VarianceExplained(int dimension)
    {
        var positive = Eigenvalues.Where(v => v > 0).Sum();
        return positive > 0 ? Math.Max(Eigenvalues[dimension], 0) / positive : 0;
    }

    /// <summary>The coordinates on one dimension, one per point.</summary>
    public double[] Dimension(int dimension) => Coordinates.Select(c => c[dimension]).ToArray();
}

/// <summary>
/// Classical (Torgerson) multidimensional scaling: points whose Euclidean distances best match the given ones, from
/// the leading eigenvectors of the double-centred matrix of squared distances. Deterministic: no randomness, and the
/// symmetric eigen-decomposition is a fixed sequence of operations. Each eigenvector's sign is arbitrary; callers
/// orient dimensions by anchors.
/// </summary>
public static class ClassicalScaling
{
    /// <summary>Scales a symmetric matrix of distances (zero diagonal) into <paramref name="dimensions"/> dimensions.</summary>
    public static ScalingResult Scale(IReadOnlyList<double[]> distances, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.Count;
        if (dimensions < 1 || dimensions > n)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"Between 1 and the number of points ({n}).");
        }

        var squared = Matrix<double>.Build.Dense(n, n, (i, j) =>
        {
            var d = distances[i][j];
            if (double.IsNaN(d) || d < 0)
            {
                throw new ArgumentException($"Distance ({i}, {j}) is {d}: distances must be known and non-negative.", nameof(distances));
            }

            return d * d;
        });

        // B = -1/2 J D² J with J the centring matrix, written out: subtract row and column means, add the grand mean.
        var rowMeans = new double[n];
        var grand = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += squared[i, j];
            }

            rowMeans[i] = sum / n;
            grand += sum;
        }

        grand /= (double)n * n;
        var centred = Matrix<double>.Build.Dense(n, n, (i, j) =>
            -0.5 * (squared[i, j] - rowMeans[i] - rowMeans[j] + grand));

        // Symmetrise exactly so the symmetric solver sees a symmetric matrix whatever the rounding.
        var symmetric = Matrix<double>.Build.Dense(n, n, (i, j) => 0.5 * (centred[i, j] + centred[j, i]));
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        var order = Enumerable.Range(0, n).OrderByDescending(k => values[k]).ThenBy(k => k).ToArray();

        var coordinates = new double[n][];
        for (var i = 0; i < n; i++)
        {
            coordinates[i] = new double[dimensions];
        }

        for (var d = 0; d < dimensions; d++)
        {
            var k = order[d];
            var scale = Math.Sqrt(Math.Max(values[k], 0));
            for (var i = 0; i < n; i++)
            {
                coordinates[i][d] = evd.EigenVectors[i, k] * scale;
            }
        }

        return new ScalingResult(coordinates, order.Select(k => values[k]).ToArray());
    }
}
