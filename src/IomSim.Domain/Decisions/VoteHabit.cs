namespace IomSim.Domain.Decisions;

/// <summary>
/// A state's habits on one issue (or overall), estimated from the UN General Assembly roll calls
/// (<c>seeds/vote-habits.csv</c>).
/// </summary>
/// <param name="NotVotingRate">
/// Smoothed share of the roll calls held while the state was a UN member on which it recorded no vote (0–1).
/// </param>
/// <param name="AbstentionRate">Smoothed share of its recorded votes that were abstentions (0–1); descriptive.</param>
/// <param name="AbstentionSpread">
/// The state's fitted widening (&gt; 0) or narrowing (&lt; 0) of every item's abstention band, on the log scale:
/// the band's half-width is multiplied by exp(spread). 0 is the average state.
/// </param>
public sealed record VoteHabit(double NotVotingRate, double AbstentionRate, double AbstentionSpread)
{
    /// <summary>A state with no record: the average habit of the roll calls' era.</summary>
    public static VoteHabit Average { get; } = new(0.1, 0.1, 0.0);
}
