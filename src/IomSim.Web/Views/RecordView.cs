using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>
/// The documented outcome beside the runs, by the route the record took: <c>route</c> is <c>formal-vote</c>,
/// <c>consensus</c> or <c>election</c>. Every documented tally is kept (sources that differ are all shown); when no run
/// held a formal vote (<c>tallyCompared</c> false) there is no simulated tally, and each tally's error is null.
/// </summary>
internal sealed record RecordView(
    string Id,
    string Outcome,
    bool FormalVote,
    string? VoteRequestedBy,
    double OutcomeMatch,
    ImmutableArray<TallySourceView> Tallies,
    ImmutableArray<NamedVoteView> NamedVotes,
    double NamedVotesMatched,
    string Source,
    string Route,
    double FormalVoteShare,
    bool TallyCompared,
    ElectionRecordView? Election);
