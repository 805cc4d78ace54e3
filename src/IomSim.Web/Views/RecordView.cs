using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>The documented outcome beside the runs: every documented tally (sources that differ are all kept) and the named votes.</summary>
internal sealed record RecordView(
    string Id,
    string Outcome,
    bool FormalVote,
    string? VoteRequestedBy,
    double OutcomeMatch,
    ImmutableArray<TallySourceView> Tallies,
    ImmutableArray<NamedVoteView> NamedVotes,
    double NamedVotesMatched,
    string Source);
