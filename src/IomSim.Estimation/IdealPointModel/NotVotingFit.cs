using IomSim.Domain.Decisions;
using IomSim.Estimation.Habits;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// Fits the one weight of not voting beyond the habit: log-odds(no vote) = log-odds(habit on the item's issue) +
/// κ (ambivalence − mean ambivalence), where ambivalence = 1 − |P(yes) − P(no)| among votes cast. Over every fitted
/// state and fitted roll call held while it was a UN member; κ by Newton's method from 0 (a concave one-parameter
/// logistic likelihood, so it converges without a step rule).
/// </summary>
internal static class NotVotingFit
{
    public static VoteChoiceParameters Fit(
        StateVotes votes, VoteTable table, IReadOnlyList<FittedState> states, IReadOnlyList<RollCallItem> items, HabitCounts habits, IdealPointOptions options)
    {
        _ = options;
        var cast = votes.Votes.Select(v => (v.Rcid, v.State)).ToHashSet();
        var joined = votes.States.ToDictionary(s => s.Code.Value, s => s.UnMemberFrom, StringComparer.Ordinal);
        var rows = new List<(double Base, double Ambivalence, bool Absent)>();
        foreach (var state in states)
        {
            var stateHabits = habits.For(state.Code, state.AbstentionSpread, state.IssueAbstentionSpread);
            var from = joined.GetValueOrDefault(state.Code);
            foreach (var item in items)
            {
                var voted = cast.Contains((item.Rcid, state.Code));
                if (!voted && (from is null || item.Date < from))
                {
                    continue;
                }

                var habit = stateHabits.For(item.Issues);
                var (yes, _, no) = VoteChoiceModel.AmongVotesCast(state.Points.For(item.Issues), habit.AbstentionSpread, item.Parameters, 0.0);
                var rate = Math.Clamp(habit.NotVotingRate, 1e-4, 1 - 1e-4);
                rows.Add((Math.Log(rate / (1 - rate)), 1.0 - Math.Abs(yes - no), !voted));
            }
        }

        _ = table;
        var mean = rows.Count == 0 ? 0.0 : rows.Average(r => r.Ambivalence);
        var kappa = 0.0;
        for (var step = 0; step < 50; step++)
        {
            var gradient = 0.0;
            var curvature = 0.0;
            foreach (var (baseLogOdds, ambivalence, absent) in rows)
            {
                var c = ambivalence - mean;
                var p = VoteChoiceModel.Logistic(baseLogOdds + (kappa * c));
                gradient += ((absent ? 1.0 : 0.0) - p) * c;
                curvature += p * (1 - p) * c * c;
            }

            if (curvature <= 0)
            {
                break;
            }

            var change = gradient / curvature;
            kappa += change;
            if (Math.Abs(change) < 1e-10)
            {
                break;
            }
        }

        return new VoteChoiceParameters { AmbivalenceWeight = kappa, MeanAmbivalence = mean };
    }
}
