using System.Collections.Immutable;

namespace IomSim.Domain.Decisions;

/// <summary>
/// A member's voting habits as the decision model carries them: <see cref="StateVoteHabits"/> held in immutable
/// collections, so that a member's profile can travel in grain messages.
/// </summary>
/// <param name="Overall">Over all roll calls.</param>
/// <param name="ByIssue">By issue code.</param>
public sealed record MemberHabits(VoteHabit Overall, ImmutableSortedDictionary<string, VoteHabit> ByIssue)
{
    /// <summary>A state with no record: the average habit.</summary>
    public static MemberHabits Average { get; } = new(VoteHabit.Average, ImmutableSortedDictionary.Create<string, VoteHabit>(StringComparer.Ordinal));

    /// <summary>The same habits as carried here.</summary>
    public static MemberHabits Of(StateVoteHabits habits)
    {
        ArgumentNullException.ThrowIfNull(habits);
        return new(habits.Overall, habits.ByIssue.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>The habit on an item of <paramref name="issues"/> (<see cref="StateVoteHabits.For"/>).</summary>
    public VoteHabit For(IEnumerable<string> issues) => ByIssue.IsEmpty ? Overall : new StateVoteHabits(Overall, ByIssue).For(issues);

    /// <summary>
    /// The same habit as <see cref="For(IEnumerable{string})"/>, found without allocating when the item has at most one
    /// issue with a row (nearly every item): asked for every member on every item.
    /// </summary>
    public VoteHabit For(ImmutableArray<string> issues)
    {
        if (ByIssue.IsEmpty)
        {
            return Overall;
        }

        VoteHabit? first = null;
        var found = 0;
        foreach (var issue in issues)
        {
            if (ByIssue.TryGetValue(issue, out var habit))
            {
                first ??= habit;
                found++;
            }
        }

        return found switch
        {
            0 => Overall,
            1 => first!,
            _ => new StateVoteHabits(Overall, ByIssue).For(issues),
        };
    }

    /// <summary>
    /// These habits with a set attendance in place of the habit of not voting, on every issue: a scenario's
    /// <c>attendance</c>, or a member whose request for a vote is on record (it was there to make it).
    /// </summary>
    public MemberHabits Attending(double attendance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attendance, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(attendance, 1.0);
        var rate = 1.0 - attendance;
        return new(Overall with { NotVotingRate = rate }, ByIssue.ToImmutableSortedDictionary(h => h.Key, h => h.Value with { NotVotingRate = rate }, StringComparer.Ordinal));
    }
}
