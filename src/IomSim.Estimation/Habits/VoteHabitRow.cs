namespace IomSim.Estimation.Habits;

/// <summary>One row of <c>seeds/vote-habits.csv</c>: a state's counts and smoothed rates on one issue (or <c>all</c>).</summary>
/// <param name="Code">The state (alpha-3).</param>
/// <param name="Issue">The issue code, or <see cref="VoteHabitsEstimator.AllIssues"/>.</param>
/// <param name="RollCalls">Roll calls of the issue held while the state was a UN member.</param>
/// <param name="Votes">Of those, the ones it recorded a vote on.</param>
/// <param name="Abstentions">Of its votes, the abstentions.</param>
/// <param name="NotVotingRate">Smoothed share of <paramref name="RollCalls"/> without a vote.</param>
/// <param name="AbstentionRate">Smoothed share of <paramref name="Votes"/> that were abstentions.</param>
/// <param name="AbstentionSpread">The fitted abstention spread of the ideal-point model (log scale; 0 average).</param>
/// <param name="Source">Where the row comes from.</param>
public sealed record VoteHabitRow(
    string Code,
    string Issue,
    int RollCalls,
    int Votes,
    int Abstentions,
    double NotVotingRate,
    double AbstentionRate,
    double AbstentionSpread,
    string Source);
