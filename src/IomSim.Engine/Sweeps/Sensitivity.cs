using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>
/// How much each varied number moves a measure over a sweep's grid: one at a time (the measure's mean at each step of
/// one number, the others held at their central step), and the first-order variance-based index
/// S_i = Var(E[Y | X_i]) / Var(Y) over every run of the grid (population variances; 0 when Y never varies).
/// </summary>
public static class Sensitivity
{
    /// <summary>The first-order index of the number varied on <paramref name="axis"/>, from 0 (no effect alone) to 1 (it explains all).</summary>
    public static double FirstOrderIndex(IReadOnlyList<SweepCell> cells, int axis)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var all = cells.SelectMany(c => c.Values).ToArray();
        if (all.Length == 0)
        {
            return 0;
        }

        var mean = all.Average();
        var variance = all.Sum(v => (v - mean) * (v - mean)) / all.Length;
        if (variance <= 0)
        {
            return 0;
        }

        // Var(E[Y | X_i]): each step's mean, weighted by its share of all runs.
        var between = cells.GroupBy(c => c.Levels[axis])
            .Select(step => step.SelectMany(c => c.Values).ToArray())
            .Where(values => values.Length > 0)
            .Sum(values => values.Length * Math.Pow(values.Average() - mean, 2)) / all.Length;
        return Math.Clamp(between / variance, 0, 1);
    }

    /// <summary>
    /// The measure's mean at each step of <paramref name="axis"/>, the other numbers at their steps in
    /// <paramref name="centre"/> (a negative step: any); NaN for a step without runs.
    /// </summary>
    public static ImmutableArray<double> OneAtATime(IReadOnlyList<SweepCell> cells, int axis, ImmutableArray<int> centre, int steps)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return [.. Enumerable.Range(0, steps).Select(step =>
        {
            var values = cells
                .Where(c => c.Levels[axis] == step && c.Levels.Select((level, i) => i == axis || centre[i] < 0 || level == centre[i]).All(same => same))
                .SelectMany(c => c.Values)
                .ToArray();
            return values.Length == 0 ? double.NaN : values.Average();
        })];
    }

    /// <summary>The central step of a number varied over <paramref name="steps"/> steps (the lower middle for an even count).</summary>
    public static int CentralStep(int steps) => (steps - 1) / 2;
}
