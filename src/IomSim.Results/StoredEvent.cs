using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>What happened to one agenda item in one stored run.</summary>
/// <param name="EventId">The agenda item's id.</param>
/// <param name="Kind">admission, budget, decision, election or acceptance.</param>
/// <param name="Outcome">The outcome name (e.g. <c>adopted-by-vote</c>).</param>
/// <param name="Tally">The formal vote's count, or null when none was held.</param>
/// <param name="Objectors">Members that objected to consensus, in the engine's order.</param>
/// <param name="RequestedVote">Members that insisted on a formal vote, in the engine's order.</param>
/// <param name="Votes">State code → vote.</param>
/// <param name="Reasons">State code → what weighed most in its decision.</param>
public sealed record StoredEvent(
    string EventId,
    string Kind,
    string Outcome,
    Tally? Tally,
    ImmutableArray<string> Objectors,
    ImmutableArray<string> RequestedVote,
    StateLabelDictionary Votes,
    StateLabelDictionary Reasons)
{
    /// <summary>The session's date (null for runs stored before the store kept it).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>For a budget item with a year, the budget year it started, as figures; else null.</summary>
    public BudgetYearRun? BudgetYear { get; init; }

    /// <summary>The item <paramref name="eventId"/> of kind <paramref name="kind"/> as <paramref name="run"/> left it.</summary>
    public static StoredEvent Of(string eventId, string kind, EventRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new StoredEvent(eventId, kind, run.Outcome, run.Tally, run.Objectors, run.RequestedVote, run.Votes, run.Reasons);
    }

    /// <summary>Equal when every field holds the same values (collections compared by content).</summary>
    public bool Equals(StoredEvent? other) =>
        other is not null
        && string.Equals(EventId, other.EventId, StringComparison.Ordinal)
        && string.Equals(Kind, other.Kind, StringComparison.Ordinal)
        && string.Equals(Outcome, other.Outcome, StringComparison.Ordinal)
        && Tally == other.Tally
        && Objectors.SequenceEqual(other.Objectors, StringComparer.Ordinal)
        && RequestedVote.SequenceEqual(other.RequestedVote, StringComparer.Ordinal)
        && Votes.Equals(other.Votes)
        && Reasons.Equals(other.Reasons)
        && Date == other.Date
        && Equals(BudgetYear, other.BudgetYear);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EventId, Outcome, Tally, Votes.Count);
}
