using IomSim.Estimation.IdealPointModel;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Habits;

/// <summary>
/// Abstention and non-participation rates per state, overall and by issue, from the roll calls held while the state
/// was a UN member; each issue's rate is smoothed towards the state's overall rate by a beta prior whose strength is
/// chosen by empirical Bayes (the beta-binomial marginal likelihood over a fixed grid), and the overall rate towards
/// the mean over states the same way.
/// </summary>
public static class VoteHabitsEstimator
{
    /// <summary>The issue column's value for the row over all roll calls.</summary>
    public const string AllIssues = "all";

    /// <summary>The rows for every state fitted in <paramref name="fit"/>, on the roll calls it was fitted on.</summary>
    public static IReadOnlyList<VoteHabitRow> Estimate(StateVotes votes, IdealPointFit fit) => throw new NotImplementedException();
}
