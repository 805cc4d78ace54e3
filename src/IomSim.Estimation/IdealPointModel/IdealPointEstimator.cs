using IomSim.Domain.Decisions;
using IomSim.Estimation.Habits;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// A two-dimensional ordered-logit item-response model of UN General Assembly votes (yes &gt; abstain &gt; no), with
/// issue-specific offsets per state for the issues in <see cref="IdealPointOptions.IssueDimensions"/> and a per-state
/// abstention spread, fitted by penalised maximum likelihood (normal priors) with MathNet's L-BFGS from fixed starting
/// values. The models are fitted in sequence, each from the last: cuts and spreads only, one dimension, two, two with
/// the issue offsets; their deviances say what each part adds. Deterministic: the same data and options give the same
/// numbers.
/// </summary>
public static class IdealPointEstimator
{
    /// <summary>Fits the model to the votes of <paramref name="votes"/>, dated up to <see cref="IdealPointOptions.TrainUntil"/>.</summary>
    /// <exception cref="EstimationException">Too few states or roll calls, or an anchor not fitted.</exception>
    public static IdealPointFit Fit(StateVotes votes, IdealPointOptions options)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Dimensions is < 0 or > 2)
        {
            throw new EstimationException($"The model has 0, 1 or 2 general dimensions, not {options.Dimensions}.");
        }

        var table = VoteTable.Build(votes, options);
        var layout = new ParameterLayout(table.States.Length, table.Items.Length, options.IssueDimensions.Count);
        var first = Anchor(table, options.FirstAnchor);
        var second = Anchor(table, options.SecondAnchor);

        var theta = StartingValues.Cuts(table, layout);
        var deviances = new List<(string Model, double Deviance)>();
        var iterations = 0;
        OrderedLogitLikelihood? likelihood = null;
        var scores = options.Dimensions > 0 ? StartingValues.Scores(table, options.Dimensions) : [];
        var sequence = new List<ModelVariant> { new(0, false) };
        for (var d = 1; d <= options.Dimensions; d++)
        {
            sequence.Add(new ModelVariant(d, false));
        }

        if (options.Dimensions > 0 && options.IssueDimensions.Count > 0)
        {
            sequence.Add(new ModelVariant(options.Dimensions, true));
        }

        var previousDimensions = 0;
        foreach (var variant in sequence)
        {
            for (var d = previousDimensions; d < variant.Dimensions; d++)
            {
                for (var i = 0; i < table.States.Length; i++)
                {
                    theta[layout.Point(i) + d] = scores[d][i];
                }
            }

            previousDimensions = variant.Dimensions;
            likelihood = new OrderedLogitLikelihood(table, layout, variant, options);
            (theta, iterations) = Optimiser.Minimise(likelihood, theta, options);
            deviances.Add((variant.Name, -2.0 * likelihood.LogLikelihood(theta)));
        }

        if (options.Dimensions == 2)
        {
            Rotation.Apply(theta, layout, first, second);
        }
        else if (options.Dimensions == 1 && theta[layout.Point(first)] < 0)
        {
            Flip(theta, layout);
        }

        var states = States(table, layout, theta, options);
        var items = Items(votes, table, layout, theta);
        var classification = Classify(table, likelihood!, theta);
        var habits = HabitCounts.Count(votes, table.States, options.TrainUntil);
        var choice = NotVotingFit.Fit(votes, table, states, items, habits, options);
        var diagnostics = new FitDiagnostics(
            table.Items.Length,
            table.States.Length,
            deviances[0].Deviance,
            deviances,
            Correlations(states, options),
            classification,
            iterations);
        return new IdealPointFit(states, table.Excluded, items, choice, diagnostics, options);
    }

    private static int Anchor(VoteTable table, string code)
    {
        var index = Array.IndexOf(table.States, code);
        return index >= 0
            ? index
            : throw new EstimationException($"The anchor state {code} is not among the fitted states, so the dimensions cannot be oriented.");
    }

    private static void Flip(double[] theta, ParameterLayout layout)
    {
        for (var i = 0; i < layout.States; i++)
        {
            theta[layout.Point(i)] = -theta[layout.Point(i)];
            for (var k = 0; k < layout.IssueDimensions; k++)
            {
                theta[layout.Offset(i, k)] = -theta[layout.Offset(i, k)];
            }
        }

        for (var j = 0; j < layout.Items; j++)
        {
            theta[layout.Discrimination(j)] = -theta[layout.Discrimination(j)];
        }
    }

    private static List<FittedState> States(VoteTable table, ParameterLayout layout, double[] theta, IdealPointOptions options)
    {
        var states = new List<FittedState>(table.States.Length);
        for (var i = 0; i < table.States.Length; i++)
        {
            var general = new IdealCoordinates(theta[layout.Point(i)], theta[layout.Point(i) + 1]);
            var specific = new Dictionary<string, IdealCoordinates>(StringComparer.Ordinal);
            var spreads = new Dictionary<string, double>(StringComparer.Ordinal);
            var spread = theta[layout.Spread(i)];
            for (var k = 0; k < options.IssueDimensions.Count; k++)
            {
                var offset = new IdealCoordinates(theta[layout.Offset(i, k)], theta[layout.Offset(i, k) + 1]);
                specific[options.IssueDimensions[k]] = general.Plus(offset);
                spreads[options.IssueDimensions[k]] = spread + theta[layout.SpreadOffset(i, k)];
            }

            states.Add(new FittedState(table.States[i], new StateIdealPoints(general, specific), spread, spreads, table.VotesByState[i]));
        }

        return states;
    }

    private static List<RollCallItem> Items(StateVotes votes, VoteTable table, ParameterLayout layout, double[] theta)
    {
        var items = new List<RollCallItem>(table.Items.Length);
        for (var j = 0; j < table.Items.Length; j++)
        {
            var rollCall = table.Items[j];
            var m = theta[layout.Midpoint(j)];
            var h = Math.Exp(theta[layout.LogHalfBand(j)]);
            var parameters = new ItemParameters(new IdealCoordinates(theta[layout.Discrimination(j)], theta[layout.Discrimination(j) + 1]), m - h, m + h);
            items.Add(new RollCallItem(rollCall.Rcid, rollCall.Symbol, rollCall.Date, votes.Data.IssuesOf(rollCall.Rcid), rollCall.Title, rollCall.Description, parameters));
        }

        return items;
    }

    /// <summary>PCC and APRE of the most likely category among votes cast, against each item's majority vote.</summary>
    private static Classification Classify(VoteTable table, OrderedLogitLikelihood likelihood, double[] theta)
    {
        var correct = 0;
        var logLikelihood = 0.0;
        var errors = new int[table.Items.Length];
        var counts = new int[table.Items.Length, 3];
        for (var o = 0; o < table.Count; o++)
        {
            var (yes, abstain, no) = likelihood.Probabilities(theta, table.ObservationState[o], table.ObservationItem[o]);
            var predicted = yes >= no && yes >= abstain ? VoteTable.Yes : no >= abstain ? VoteTable.No : VoteTable.Abstain;
            var actual = table.ObservationCategory[o];
            var p = actual == VoteTable.Yes ? yes : actual == VoteTable.Abstain ? abstain : no;
            logLikelihood += Math.Log(Math.Max(double.Epsilon, p));
            counts[table.ObservationItem[o], actual]++;
            if (predicted == actual)
            {
                correct++;
            }
            else
            {
                errors[table.ObservationItem[o]]++;
            }
        }

        var minority = 0L;
        var totalErrors = 0L;
        for (var j = 0; j < table.Items.Length; j++)
        {
            var n = counts[j, 0] + counts[j, 1] + counts[j, 2];
            minority += n - Math.Max(counts[j, 0], Math.Max(counts[j, 1], counts[j, 2]));
            totalErrors += errors[j];
        }

        return new Classification(table.Count, (double)correct / table.Count, minority == 0 ? 0.0 : (double)(minority - totalErrors) / minority, logLikelihood);
    }

    private static List<(string Pair, double Correlation)> Correlations(IReadOnlyList<FittedState> states, IdealPointOptions options)
    {
        var columns = new List<(string Name, double[] Values)>
        {
            ("dim1", [.. states.Select(s => s.Points.General.First)]),
            ("dim2", [.. states.Select(s => s.Points.General.Second)]),
        };
        foreach (var issue in options.IssueDimensions)
        {
            columns.Add(($"{issue}_dim1", [.. states.Select(s => s.Points.IssueSpecific[issue].First)]));
            columns.Add(($"{issue}_dim2", [.. states.Select(s => s.Points.IssueSpecific[issue].Second)]));
        }

        var pairs = new List<(string, double)>();
        for (var a = 0; a < columns.Count; a++)
        {
            for (var b = a + 1; b < columns.Count; b++)
            {
                pairs.Add(($"{columns[a].Name}~{columns[b].Name}", MathNet.Numerics.Statistics.Correlation.Pearson(columns[a].Values, columns[b].Values)));
            }
        }

        return pairs;
    }
}
