namespace IomSim.Estimation.Output;

/// <summary>
/// <c>seeds/vote-habits.csv</c>: one row per state and issue (<c>all</c> first), sorted by code then issue; rates with
/// 4 decimals, invariant culture, LF line ends.
/// </summary>
public static class VoteHabitsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "code,issue,roll_calls,votes,abstentions,not_voting_rate,abstention_rate,abstention_spread,basis,source";
}
