using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;

namespace IomSim.Engine.Elections;

/// <summary>An election's rounds over many runs, round number by round number, for <c>run</c>, <c>compare</c>, the report and the dashboard.</summary>
public static class ElectionRounds
{
    /// <summary>The candidates of <paramref name="item"/> in nomination order (the first round's order), or none for other items.</summary>
    public static ImmutableArray<string> Candidates(EventResult item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Runs.Select(r => r.Election).OfType<ElectionResult>().Where(e => !e.Rounds.IsEmpty)
            .Select(e => e.Rounds[0].Candidates).FirstOrDefault(ImmutableArray<string>.Empty);
    }

    /// <summary>One summary per round number any run reached, in order; empty for other items.</summary>
    public static ImmutableArray<ElectionRoundSummary> Of(EventResult item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var elections = item.Runs.Select(r => r.Election).OfType<ElectionResult>().ToArray();
        if (elections.Length == 0)
        {
            return [];
        }

        var candidates = Candidates(item);
        var most = elections.Max(e => e.Rounds.Length);
        return [.. Enumerable.Range(1, most).Select(n => Round(n, elections, candidates))];
    }

    private static ElectionRoundSummary Round(int number, ElectionResult[] elections, ImmutableArray<string> candidates)
    {
        var held = elections.Select(e => e.Rounds.Length >= number ? e.Rounds[number - 1] : null).OfType<ElectionRound>().ToArray();
        var ballots = held.Where(r => !r.ByAcclamation).ToArray();
        double Share(int count) => (double)count / elections.Length;
        // A candidate's mean is over the ballots in which they stood; one who stood in none has no entry.
        var meanVotes = candidates
            .Select(c => (Name: c, Stood: ballots.Where(r => r.Candidates.Contains(c)).ToArray()))
            .Where(c => c.Stood.Length > 0)
            .ToImmutableSortedDictionary(c => c.Name, c => c.Stood.Average(r => (double)r.Votes.GetValueOrDefault(c.Name)), StringComparer.Ordinal);
        ImmutableSortedDictionary<string, double> Followed(Func<ElectionRound, IEnumerable<string>> who) =>
            held.SelectMany(who).GroupBy(c => c, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => Share(g.Count()), StringComparer.Ordinal);

        return new ElectionRoundSummary(
            number,
            Share(held.Length),
            ballots.Length,
            meanVotes,
            ballots.Length == 0 ? 0 : ballots.Average(r => (double)r.Cast),
            ballots.Length == 0 ? 0 : ballots.Average(r => (double)r.Blank),
            ballots.Length == 0 ? 0 : ballots.Average(r => (double)r.Absent),
            Followed(r => r.Elected is { } e ? [e] : []),
            Share(held.Count(r => r.ByAcclamation)),
            Followed(r => r.Eliminated is { } e ? [e] : []),
            Followed(r => r.Withdrawn));
    }
}
