namespace IomSim.Domain.Decisions;

/// <summary>A state's habits overall and by issue code.</summary>
/// <param name="Overall">Over all roll calls.</param>
/// <param name="ByIssue">By issue code (<c>me</c>, <c>nu</c>, <c>di</c>, <c>hr</c>, <c>co</c>, <c>ec</c>).</param>
public sealed record StateVoteHabits(VoteHabit Overall, IReadOnlyDictionary<string, VoteHabit> ByIssue)
{
    /// <summary>
    /// The habit for an item of <paramref name="issues"/>: the issue's own habit when the item has one issue with
    /// a row; with several, their mean; with none, the overall habit.
    /// </summary>
    public VoteHabit For(IEnumerable<string> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var found = issues.Where(ByIssue.ContainsKey).Select(i => ByIssue[i]).ToArray();
        if (found.Length == 0)
        {
            return Overall;
        }

        return found.Length == 1
            ? found[0]
            : new VoteHabit(
                found.Average(h => h.NotVotingRate),
                found.Average(h => h.AbstentionRate),
                found.Average(h => h.AbstentionSpread));
    }
}
