namespace IomSim.Estimation.Backtest;

/// <summary>
/// Adds up one predictor's scores over roll calls: the confusion of most likely against actual choice, the log-loss,
/// and, per roll call, errors against the states that did not cast its modal choice (for APRE).
/// </summary>
internal sealed class ScoreTally
{
    private readonly long[,] _confusion = new long[4, 4];
    private double _logLoss;
    private long _minority;
    private long _errors;

    /// <summary>Adds one roll call: each state's actual choice and predicted probabilities (yes, no, abstain, not voting).</summary>
    public void Add(IReadOnlyList<(Choice Actual, double[] Probabilities)> states)
    {
        var counts = new int[4];
        var errors = 0;
        foreach (var (actual, p) in states)
        {
            counts[(int)actual]++;
            var predicted = MostLikely(p);
            _confusion[(int)actual, predicted]++;
            if (predicted != (int)actual)
            {
                errors++;
            }

            _logLoss -= Math.Log(Math.Max(1e-15, p[(int)actual]));
        }

        _minority += states.Count - counts.Max();
        _errors += errors;
    }

    public Scores Scores()
    {
        long total = 0;
        long correct = 0;
        var recall = new double?[4];
        var precision = new double?[4];
        var actualCounts = new long[4];
        var predictedCounts = new long[4];
        for (var a = 0; a < 4; a++)
        {
            for (var p = 0; p < 4; p++)
            {
                total += _confusion[a, p];
                actualCounts[a] += _confusion[a, p];
                predictedCounts[p] += _confusion[a, p];
                if (a == p)
                {
                    correct += _confusion[a, p];
                }
            }
        }

        for (var c = 0; c < 4; c++)
        {
            recall[c] = actualCounts[c] == 0 ? null : (double)_confusion[c, c] / actualCounts[c];
            precision[c] = predictedCounts[c] == 0 ? null : (double)_confusion[c, c] / predictedCounts[c];
        }

        return new Scores(
            total,
            total == 0 ? 0 : (double)correct / total,
            _minority == 0 ? 0 : (double)(_minority - _errors) / _minority,
            total == 0 ? 0 : _logLoss / total,
            [.. Enum.GetValues<Choice>().Select(c => new ChoiceScore(c, actualCounts[(int)c], predictedCounts[(int)c], recall[(int)c], precision[(int)c]))]);
    }

    /// <summary>The index of the largest probability; ties go to the lower index (yes, no, abstain, not voting).</summary>
    public static int MostLikely(double[] p)
    {
        var best = 0;
        for (var c = 1; c < p.Length; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }

        return best;
    }
}
