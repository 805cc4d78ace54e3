using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Habits;

/// <summary>
/// Abstention and non-participation rates per state, overall and by issue, from the roll calls held while the state
/// was a UN member; each issue's rate is smoothed towards the state's overall rate by a beta prior whose strength is
/// chosen by empirical Bayes (the beta-binomial marginal likelihood over a fixed grid), and the overall rate towards
/// the mean over states the same way. Each row also carries the state's fitted abstention spread.
/// </summary>
public static class VoteHabitsEstimator
{
    /// <summary>The issue column's value for the row over all roll calls.</summary>
    public const string AllIssues = "all";

    /// <summary>The code of the rows that give the mean over states, for a state without rows of its own.</summary>
    public const string AnyState = "*";

    /// <summary>The rows for every state fitted in <paramref name="fit"/>, on the roll calls of its window.</summary>
    public static IReadOnlyList<VoteHabitRow> Estimate(StateVotes votes, IdealPointFit fit)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(fit);
        var codes = fit.States.Select(s => s.Code).ToArray();
        var counts = HabitCounts.Count(votes, codes, fit.Options.TrainUntil);
        var window = fit.Options.TrainUntil is { } cut ? $"to {cut:yyyy-MM-dd}" : "2010-2017";
        var rows = new List<VoteHabitRow>();
        foreach (var issue in counts.Issues)
        {
            var strength = counts.PriorStrength[issue];
            var towards = issue == AllIssues ? "the mean over states" : "the state's overall rate";
            rows.Add(new VoteHabitRow(
                AnyState,
                issue,
                0,
                0,
                0,
                fit.States.Average(s => counts[s.Code, issue].NotVotingRate),
                fit.States.Average(s => counts[s.Code, issue].AbstentionRate),
                0.0,
                $"mean over the {codes.Length} fitted states of their smoothed rates, UNGA roll calls {window} (unvotes); for a state without rows; see docs/positions.md"));
            foreach (var state in fit.States)
            {
                var (n, v, a, notVoting, abstention) = counts[state.Code, issue];
                var spread = state.IssueAbstentionSpread.TryGetValue(issue, out var specific) ? specific : state.AbstentionSpread;
                rows.Add(new VoteHabitRow(
                    state.Code,
                    issue,
                    n,
                    v,
                    a,
                    notVoting,
                    abstention,
                    spread,
                    $"UNGA roll calls {window} (unvotes) held while a UN member; rates smoothed towards {towards} by a beta prior of strength {Strength(strength.NotVoting)} (not voting) and {Strength(strength.Abstention)} (abstention) roll calls chosen by empirical Bayes; spread from the ideal-point model; see docs/positions.md"));
            }
        }

        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Issue == AllIssues ? string.Empty : r.Issue, StringComparer.Ordinal)];
    }

    private static string Strength(double alpha) => alpha.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
