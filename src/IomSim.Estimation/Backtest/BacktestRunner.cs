using IomSim.Domain.Decisions;
using IomSim.Domain.World;
using IomSim.Estimation.Classical;
using IomSim.Estimation.Habits;
using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Backtest;

/// <summary>
/// Fits on the roll calls dated up to the end of a year and predicts every state's choice on every later roll call:
/// yes, no, abstain or not voting, for every UN member that day. A later roll call's parameters are placed from the
/// training roll calls only: the same recurring resolution (same full title, else short title), else the mean of its
/// issue's items, else the mean of all. Scored beside two baselines (<see cref="BacktestResult"/>).
/// </summary>
public static class BacktestRunner
{
    /// <summary>Runs the backtest.</summary>
    /// <exception cref="EstimationException">Nothing to train on or nothing to predict.</exception>
    public static BacktestResult Run(StateVotes votes, int trainUntilYear, IdealPointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var cut = new DateOnly(trainUntilYear, 12, 31);
        var later = votes.Data.RollCalls.Where(r => r.Date > cut).OrderBy(r => r.Date).ThenBy(r => r.Rcid).ToArray();
        if (later.Length == 0)
        {
            throw new EstimationException($"No roll call in the files is dated after {cut:yyyy-MM-dd}: nothing to predict (choose an earlier --train-until).");
        }

        var fit = IdealPointEstimator.Fit(votes, (options ?? new IdealPointOptions()) with { TrainUntil = cut });
        var model = new VoteChoiceModel(fit.Choice);
        var counts = HabitCounts.Count(votes, [.. fit.States.Select(s => s.Code)], cut);
        var fitted = fit.States.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var habits = fit.States.ToDictionary(s => s.Code, s => counts.For(s.Code, s.AbstentionSpread, s.IssueAbstentionSpread), StringComparer.Ordinal);
        var meanHabits = MeanHabits(habits.Values);
        var placement = new MotionPlacement(fit.Items);

        var (oldPositions, unavailable) = Classical(votes, cut);
        var trainingYes = votes.Votes.Where(v => v.Choice == VoteChoice.Yes).ToLookup(v => v.Rcid, v => v.State);

        var cast = votes.Votes.GroupBy(v => v.Rcid).ToDictionary(g => g.Key, g => g.ToDictionary(v => v.State, v => v.Choice, StringComparer.Ordinal));
        var members = votes.States.OrderBy(s => s.Code.Value, StringComparer.Ordinal).ToArray();
        var modelTally = new ScoreTally();
        var oracleTally = new ScoreTally();
        var todaysTally = new ScoreTally();
        var predictions = new List<RollCallPrediction>(later.Length);
        foreach (var rollCall in later)
        {
            var issues = votes.Data.IssuesOf(rollCall.Rcid);
            var placed = placement.ByRecurringTitle(rollCall.Description, rollCall.Title, rollCall.Date)
                ?? placement.ByIssues(issues, rollCall.Date)
                ?? placement.General(rollCall.Date)
                ?? throw new EstimationException("No training roll call to place a later one from.");
            var motion = oldPositions is null ? PolicyPosition.Centre
                : MeanPosition(placed.FromRollCalls.SelectMany(r => trainingYes[r]).Where(oldPositions.ContainsKey).Select(s => oldPositions[s]));
            var votesCast = cast.GetValueOrDefault(rollCall.Rcid) ?? new Dictionary<string, VoteChoice>(StringComparer.Ordinal);

            var modelRows = new List<(Choice, double[])>();
            var todaysRows = new List<(Choice, double[])>();
            var actual = new int[4];
            var expected = new double[4];
            var correct = 0;
            foreach (var state in members)
            {
                var code = state.Code.Value;
                var voted = votesCast.TryGetValue(code, out var choice);
                if (!voted && (state.UnMemberFrom is not { } from || from > rollCall.Date))
                {
                    continue;
                }

                var outcome = !voted ? Choice.NotVoting : choice switch
                {
                    VoteChoice.Yes => Choice.Yes,
                    VoteChoice.No => Choice.No,
                    _ => Choice.Abstain,
                };
                var point = fitted.TryGetValue(code, out var f) ? f.Points.For(issues) : IdealCoordinates.Zero;
                var habit = (habits.TryGetValue(code, out var h) ? h : meanHabits).For(issues);
                var p = model.Probabilities(point, habit, placed.Parameters, ChoiceShifts.None);
                double[] probabilities = [p.Yes, p.No, p.Abstain, p.NotVoting];
                modelRows.Add((outcome, probabilities));
                todaysRows.Add((outcome, TodaysModel.Probabilities(oldPositions?.GetValueOrDefault(code, PolicyPosition.Centre) ?? PolicyPosition.Centre, motion)));
                actual[(int)outcome]++;
                for (var c = 0; c < 4; c++)
                {
                    expected[c] += probabilities[c];
                }

                if (ScoreTally.MostLikely(probabilities) == (int)outcome)
                {
                    correct++;
                }
            }

            var total = (double)modelRows.Count;
            var shares = actual.Select(a => a / total).ToArray();
            var modal = ScoreTally.MostLikely(shares);
            oracleTally.Add([.. modelRows.Select(r => (r.Item1, Oracle(shares, modal)))]);
            modelTally.Add(modelRows);
            todaysTally.Add(todaysRows);
            predictions.Add(new RollCallPrediction(
                rollCall.Rcid, rollCall.Symbol, rollCall.Date, rollCall.Title, issues, placed, actual, expected, correct, modelRows.Count));
        }

        return new BacktestResult(
            cut,
            fit.Diagnostics.RollCalls,
            fit.Diagnostics.States,
            votes.Data.Issues.Count > 0,
            predictions,
            modelTally.Scores(),
            oracleTally.Scores(),
            unavailable is null ? todaysTally.Scores() : null,
            unavailable);
    }

    /// <summary>
    /// The classical-scaling positions on the training window, with the old estimator's thresholds (100 votes, 25
    /// human-rights votes, 30 shared) lowered to half of what the window holds when it holds fewer; null with the
    /// reason when the window cannot be scaled (no human-rights roll calls without an issues file, say).
    /// </summary>
    private static (Dictionary<string, PolicyPosition>? Positions, string? Unavailable) Classical(StateVotes votes, DateOnly cut)
    {
        var window = votes.Data.Until(cut);
        var rights = window.RollCalls.Count(r => window.HasIssue(r.Rcid, ClassicalPositions.HumanRightsIssue));
        var defaults = new ClassicalOptions();
        var options = defaults with
        {
            MinVotes = Math.Min(defaults.MinVotes, window.RollCalls.Count / 2),
            MinRightsVotes = Math.Min(defaults.MinRightsVotes, rights / 2),
            MinSharedVotes = Math.Min(defaults.MinSharedVotes, rights / 2),
        };
        try
        {
            var estimate = ClassicalPositions.Estimate(window, votes.States, options);
            return (estimate.Positions.ToDictionary(p => p.Code.Value, p => p.Position, StringComparer.Ordinal), null);
        }
        catch (EstimationException e)
        {
            return (null, $"the classical scaling cannot be done on this window: {e.Message}");
        }
    }

    // The roll call's own shares as probabilities, nudged so that the modal choice is the most likely even on a tie.
    private static double[] Oracle(double[] shares, int modal)
    {
        var p = (double[])shares.Clone();
        p[modal] += 1e-9;
        return p;
    }

    private static PolicyPosition MeanPosition(IEnumerable<PolicyPosition> positions)
    {
        var all = positions.ToArray();
        return all.Length == 0 ? PolicyPosition.Centre : new PolicyPosition(all.Average(p => p.Alignment), all.Average(p => p.Rights));
    }

    private static StateVoteHabits MeanHabits(IEnumerable<StateVoteHabits> all)
    {
        var list = all.ToArray();
        VoteHabit Mean(IEnumerable<VoteHabit> habits)
        {
            var h = habits.ToArray();
            return new VoteHabit(h.Average(x => x.NotVotingRate), h.Average(x => x.AbstentionRate), 0.0);
        }

        var issues = list.SelectMany(h => h.ByIssue.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new StateVoteHabits(
            Mean(list.Select(h => h.Overall)),
            issues.ToDictionary(i => i, i => Mean(list.Where(h => h.ByIssue.ContainsKey(i)).Select(h => h.ByIssue[i])), StringComparer.Ordinal));
    }
}
