using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Engine.Results;

/// <summary>One agenda item over all runs.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Kind">admission, budget, decision, election or acceptance.</param>
/// <param name="Title">One line.</param>
/// <param name="Session">The session's name.</param>
/// <param name="Date">The session's date.</param>
/// <param name="Outcomes">Outcome name (e.g. <c>adopted-by-consensus</c>, <c>adopted-by-vote</c>, <c>rejected-by-vote</c>, <c>no-quorum</c>, <c>elected:NAME</c>) → share of runs.</param>
/// <param name="Tally">Distribution of each tally column over the runs that held a formal vote (zeros when none did).</param>
/// <param name="FormalVoteShare">Share of runs in which a formal vote was held.</param>
/// <param name="Documented">The documented outcome compared against, with its sources, if the item names one.</param>
/// <param name="States">State code → vote (<c>yes</c>, <c>no</c>, <c>abstain</c>, <c>absent</c>, <c>not-entitled</c>) → share of runs.</param>
/// <param name="Runs">Each run's details.</param>
public sealed record EventResult(
    string Id,
    string Kind,
    string Title,
    string Session,
    DateOnly Date,
    ImmutableSortedDictionary<string, double> Outcomes,
    TallySummary Tally,
    double FormalVoteShare,
    DocumentedOutcome? Documented,
    ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> States,
    ImmutableArray<EventRun> Runs)
{
    /// <summary>
    /// What the item's result rests on besides the seeds and parameters, one line each: how its motion was placed (from
    /// roll calls, from the applicant, or by hand — an assumption) and any documented turnout given as an input.
    /// </summary>
    public ImmutableArray<string> Inputs { get; init; } = [];
}
