using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>A documented decision to replay and compare against: what was decided, the tallies by source, the named votes by source.</summary>
/// <param name="Id">The event's identity, e.g. <c>russia-2020</c>.</param>
/// <param name="Body">The deciding body.</param>
/// <param name="Session">The session.</param>
/// <param name="Date">The day of the decision.</param>
/// <param name="Motion">What was decided.</param>
/// <param name="Subjects">The states the motion concerns (applicants), if any.</param>
/// <param name="FormalVote">True when a formal vote was taken.</param>
/// <param name="VoteRequestedBy">The state that asked for the vote, when documented.</param>
/// <param name="Outcome">The outcome, e.g. <c>admitted</c>.</param>
/// <param name="Source">The source of the event itself.</param>
/// <param name="Note">Context and caveats.</param>
/// <param name="Tallies">The totals, one entry per source (sources may disagree; all are kept).</param>
/// <param name="NamedVotes">The states named as voting one way, by source.</param>
/// <param name="OthersVote">How every other member of the electorate voted, when a source says so.</param>
/// <param name="OthersSource">The source for <paramref name="OthersVote"/>.</param>
public sealed record DocumentedOutcome(
    string Id,
    string Body,
    string Session,
    DateOnly Date,
    string Motion,
    ImmutableArray<StateCode> Subjects,
    bool FormalVote,
    StateCode? VoteRequestedBy,
    string Outcome,
    string Source,
    string Note,
    ImmutableArray<DocumentedTally> Tallies,
    ImmutableArray<NamedVoteList> NamedVotes,
    RecordedVote? OthersVote,
    string? OthersSource)
{
    /// <summary>For an election: the candidate elected, on record.</summary>
    public string? Elected { get; init; }

    /// <summary>For an election: the rounds whose tallies a source gives (empty when none does).</summary>
    public ImmutableArray<DocumentedRound> Rounds { get; init; } = [];

    /// <summary>Where the date comes from when it is not documented (e.g. general knowledge to be checked); null: documented.</summary>
    public ValueBasis? DateBasis { get; init; }

    /// <summary>The vote a source names for <paramref name="state"/>, or null when no list names it.</summary>
    public RecordedVote? NamedVoteOf(StateCode state) =>
        NamedVotes.FirstOrDefault(l => l.States.Contains(state))?.Vote;
}
