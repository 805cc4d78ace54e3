namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// The penalised negative log-likelihood of the ordered-logit model and its gradient. For a vote of state i on item j:
/// z = x_i + the offsets of j's issue dimensions; η = b_j · z; h = exp(ω_j + s_i + the spread offsets);
/// P(yes) = σ(η − m_j − h), P(no) = σ(−(η − m_j + h)), P(abstain) the rest. Normal priors (the penalty) on every
/// free parameter; parameters a variant does not free stay at their starting value with a zero gradient.
/// Sums run over the votes in their fixed order, so the result does not depend on threads.
/// </summary>
internal sealed class OrderedLogitLikelihood
{
    private readonly VoteTable _table;
    private readonly ParameterLayout _layout;
    private readonly bool[] _free;
    private readonly double[] _priorPrecision;

    public OrderedLogitLikelihood(VoteTable table, ParameterLayout layout, ModelVariant variant, IdealPointOptions options)
    {
        _table = table;
        _layout = layout;
        _free = new bool[layout.Length];
        _priorPrecision = new double[layout.Length];
        for (var i = 0; i < layout.States; i++)
        {
            for (var d = 0; d < variant.Dimensions; d++)
            {
                Free(layout.Point(i) + d, options.IdealPointPriorSd);
                if (variant.Issues)
                {
                    for (var k = 0; k < layout.IssueDimensions; k++)
                    {
                        Free(layout.Offset(i, k) + d, options.IssueOffsetPriorSd);
                    }
                }
            }

            Free(layout.Spread(i), options.SpreadPriorSd);
            if (variant.Issues)
            {
                for (var k = 0; k < layout.IssueDimensions; k++)
                {
                    Free(layout.SpreadOffset(i, k), options.IssueOffsetPriorSd);
                }
            }
        }

        for (var j = 0; j < layout.Items; j++)
        {
            for (var d = 0; d < variant.Dimensions; d++)
            {
                Free(layout.Discrimination(j) + d, options.DiscriminationPriorSd);
            }

            Free(layout.Midpoint(j), options.CutPriorSd);
            Free(layout.LogHalfBand(j), options.CutPriorSd);
        }
    }

    /// <summary>The log-likelihood of every vote (no penalty): for deviance and classification.</summary>
    public double LogLikelihood(double[] theta)
    {
        var total = 0.0;
        for (var o = 0; o < _table.Count; o++)
        {
            var (yes, abstain, no) = Probabilities(theta, _table.ObservationState[o], _table.ObservationItem[o]);
            total += Math.Log(Math.Max(double.Epsilon, _table.ObservationCategory[o] switch
            {
                VoteTable.Yes => yes,
                VoteTable.Abstain => abstain,
                _ => no,
            }));
        }

        return total;
    }

    /// <summary>The probabilities of yes, abstain and no for a state on an item under <paramref name="theta"/>.</summary>
    public (double Yes, double Abstain, double No) Probabilities(double[] theta, int state, int item)
    {
        var (eta, h) = Linear(theta, state, item, out _, out _);
        var m = theta[_layout.Midpoint(item)];
        var yes = Logistic(eta - m - h);
        var atLeastAbstain = Logistic(eta - m + h);
        return (yes, Math.Max(0.0, atLeastAbstain - yes), Logistic(-(eta - m + h)));
    }

    /// <summary>The penalised negative log-likelihood; writes its gradient into <paramref name="gradient"/>.</summary>
    public double ValueAndGradient(double[] theta, double[] gradient)
    {
        Array.Clear(gradient);
        var value = 0.0;
        var issueDimensions = _table.ItemIssueDimensions;
        for (var o = 0; o < _table.Count; o++)
        {
            var i = _table.ObservationState[o];
            var j = _table.ObservationItem[o];
            var (eta, h) = Linear(theta, i, j, out var z1, out var z2);
            var m = theta[_layout.Midpoint(j)];
            var u = eta - m + h;
            var v = eta - m - h;
            double gu;
            double gv;
            switch (_table.ObservationCategory[o])
            {
                case VoteTable.Yes:
                    value -= LogLogistic(v);
                    gu = 0.0;
                    gv = Logistic(-v);
                    break;
                case VoteTable.No:
                    value -= LogLogistic(-u);
                    gu = -Logistic(u);
                    gv = 0.0;
                    break;
                default:
                    {
                        var pu = Logistic(u);
                        var pv = Logistic(v);
                        var p = Math.Max(1e-300, pu - pv);
                        value -= Math.Log(p);
                        gu = pu * Logistic(-u) / p;
                        gv = -pv * Logistic(-v) / p;
                        break;
                    }
            }

            // d log P / d η, d/d m, d/d log h.
            var gEta = gu + gv;
            var gLogH = (gu - gv) * h;
            var b = _layout.Discrimination(j);
            var b1 = theta[b];
            var b2 = theta[b + 1];
            gradient[b] -= gEta * z1;
            gradient[b + 1] -= gEta * z2;
            gradient[_layout.Midpoint(j)] += gEta;
            gradient[_layout.LogHalfBand(j)] -= gLogH;
            var x = _layout.Point(i);
            gradient[x] -= gEta * b1;
            gradient[x + 1] -= gEta * b2;
            gradient[_layout.Spread(i)] -= gLogH;
            foreach (var k in issueDimensions[j])
            {
                var d = _layout.Offset(i, k);
                gradient[d] -= gEta * b1;
                gradient[d + 1] -= gEta * b2;
                gradient[_layout.SpreadOffset(i, k)] -= gLogH;
            }
        }

        for (var p = 0; p < theta.Length; p++)
        {
            if (_free[p])
            {
                value += 0.5 * _priorPrecision[p] * theta[p] * theta[p];
                gradient[p] += _priorPrecision[p] * theta[p];
            }
            else
            {
                gradient[p] = 0.0;
            }
        }

        return value;
    }

    public static double Logistic(double x) => x >= 0 ? 1.0 / (1.0 + Math.Exp(-x)) : Math.Exp(x) / (1.0 + Math.Exp(x));

    private static double LogLogistic(double x) => x >= 0 ? -Math.Log(1.0 + Math.Exp(-x)) : x - Math.Log(1.0 + Math.Exp(x));

    private (double Eta, double H) Linear(double[] theta, int state, int item, out double z1, out double z2)
    {
        var x = _layout.Point(state);
        z1 = theta[x];
        z2 = theta[x + 1];
        var logH = theta[_layout.LogHalfBand(item)] + theta[_layout.Spread(state)];
        foreach (var k in _table.ItemIssueDimensions[item])
        {
            var d = _layout.Offset(state, k);
            z1 += theta[d];
            z2 += theta[d + 1];
            logH += theta[_layout.SpreadOffset(state, k)];
        }

        var b = _layout.Discrimination(item);
        return ((theta[b] * z1) + (theta[b + 1] * z2), Math.Exp(logH));
    }

    private void Free(int index, double priorSd)
    {
        _free[index] = true;
        _priorPrecision[index] = 1.0 / (priorSd * priorSd);
    }
}
