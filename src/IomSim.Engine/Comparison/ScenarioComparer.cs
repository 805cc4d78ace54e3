using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Results;

namespace IomSim.Engine.Comparison;

/// <summary>Puts each simulated event beside its documented outcome: outcome, every documented tally, named votes.</summary>
public static class ScenarioComparer
{
    /// <summary>One comparison per event that names a documented outcome, in timeline order.</summary>
    public static ImmutableArray<EventComparison> Compare(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Events.Where(e => e.Documented is not null).Select(e => Compare(e, e.Documented!))];
    }

    private static EventComparison Compare(EventResult simulated, DocumentedOutcome documented)
    {
        if (simulated.Kind == "election" && documented.Elected is not null)
        {
            var election = ElectionComparer.Compare(simulated, documented);
            return new EventComparison(simulated.Id, $"{documented.Elected} elected", election.WinnerShare, [], [], 0) { Election = election, FormalVoteShare = simulated.FormalVoteShare };
        }

        var sources = documented.Tallies.Select(t => new TallyComparison(
            t.Source,
            t.Yes,
            t.No,
            t.Abstain,
            simulated.Tally.Yes.Mean,
            simulated.Tally.No.Mean,
            simulated.Tally.Abstain.Mean,
            (Math.Abs(t.Yes - simulated.Tally.Yes.Mean) + Math.Abs(t.No - simulated.Tally.No.Mean) + Math.Abs(t.Abstain - simulated.Tally.Abstain.Mean)) / 3.0))
            .ToImmutableArray();

        var named = documented.NamedVotes
            .SelectMany(list => list.States.Select(state => (State: state, list.Vote, list.Source)))
            .Where(n => simulated.States.ContainsKey(n.State.Value))
            .Select(n => new NamedVoteComparison(
                n.State.Value,
                NameOf(n.Vote),
                simulated.States[n.State.Value].GetValueOrDefault(NameOf(n.Vote)),
                n.Source))
            .ToImmutableArray();

        return new EventComparison(
            simulated.Id,
            documented.Outcome,
            OutcomeMatch(simulated, documented),
            sources,
            named,
            named.IsEmpty ? 0 : named.Average(n => n.Agreement))
        {
            FormalVoteShare = simulated.FormalVoteShare,
        };
    }

    /// <summary>
    /// Share of runs that match the record: adopted (or not) as documented, and by the same route — a formal vote
    /// where one was held, consensus where none was.
    /// </summary>
    private static double OutcomeMatch(EventResult simulated, DocumentedOutcome documented)
    {
        var adopted = documented.Outcome is not ("rejected" or "not-adopted");
        var route = documented.FormalVote ? "adopted-by-vote" : "adopted-by-consensus";
        return simulated.Outcomes
            .Where(o => adopted ? o.Key == route : o.Key is "rejected-by-vote" or "no-quorum")
            .Sum(o => o.Value);
    }

    /// <summary>A recorded vote under the name simulated votes use (not voting in the record is absence here).</summary>
    private static string NameOf(RecordedVote vote) => vote switch
    {
        RecordedVote.Yes => "yes",
        RecordedVote.No => "no",
        RecordedVote.Abstain => "abstain",
        RecordedVote.NotVoting => "absent",
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, "Unknown recorded vote."),
    };
}
