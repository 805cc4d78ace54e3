using System.Collections.Immutable;

namespace IomSim.Engine.Comparison;

/// <summary>Simulated beside documented, for one event.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="DocumentedOutcome">The outcome on record.</param>
/// <param name="OutcomeMatch">Share of runs whose outcome agrees with the record.</param>
/// <param name="Sources">One comparison per documented tally (sources may disagree: each is shown).</param>
/// <param name="NamedVotes">State-by-state agreement for the named votes on record.</param>
/// <param name="NamedVotesMatched">Mean share of runs in which a named state voted as recorded.</param>
public sealed record EventComparison(
    string Id,
    string DocumentedOutcome,
    double OutcomeMatch,
    ImmutableArray<TallyComparison> Sources,
    ImmutableArray<NamedVoteComparison> NamedVotes,
    double NamedVotesMatched)
{
    /// <summary>For an election on record: the winner and the rounds beside the simulated ones; null for other items.</summary>
    public ElectionComparison? Election { get; init; }

    /// <summary>Share of runs that held a formal vote: the simulated tallies are means over those runs only.</summary>
    public double FormalVoteShare { get; init; }

    /// <summary>
    /// Whether any run held a formal vote. When none did (every run ended by consensus, or the request was withdrawn)
    /// there is no simulated tally, and the documented tallies have nothing to be compared with: the route differs.
    /// </summary>
    public bool TallyCompared => FormalVoteShare > 0;
}
