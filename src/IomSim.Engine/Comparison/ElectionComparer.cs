using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Results;

namespace IomSim.Engine.Comparison;

/// <summary>Scores a simulated election against the record: the share of runs electing the documented winner, and each documented round's tally.</summary>
public static class ElectionComparer
{
    /// <summary>The label of runs that elected nobody.</summary>
    public const string NoWinner = "no winner";

    /// <summary>The comparison; <paramref name="documented"/> must name the winner.</summary>
    public static ElectionComparison Compare(EventResult simulated, DocumentedOutcome documented)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(documented);
        var winner = documented.Elected ?? throw new ArgumentException("The documented outcome names no winner.", nameof(documented));
        var runs = simulated.Runs.Where(r => r.Election is not null).ToArray();
        var winners = runs
            .GroupBy(r => r.Election!.Elected ?? NoWinner, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => (double)g.Count() / Math.Max(runs.Length, 1), StringComparer.Ordinal);
        var rounds = documented.Rounds.Select(round => Round(round, runs)).ToImmutableArray();
        return new ElectionComparison(
            winner,
            winners.GetValueOrDefault(winner),
            winners,
            runs.Length == 0 ? 0 : runs.Average(r => r.Election!.Rounds.Length),
            rounds);
    }

    private static RoundComparison Round(DocumentedRound documented, EventRun[] runs)
    {
        var held = runs.Select(r => r.Election!.Rounds.FirstOrDefault(x => x.Number == documented.Number && !x.ByAcclamation))
            .Where(r => r is not null)
            .ToArray();
        var simulated = documented.Votes.Keys.ToImmutableSortedDictionary(
            c => c,
            c => held.Length == 0 ? 0.0 : held.Average(r => (double)r!.Votes.GetValueOrDefault(c)),
            StringComparer.Ordinal);
        double? error = held.Length == 0 ? null : documented.Votes.Average(v => Math.Abs(v.Value - simulated[v.Key]));
        return new RoundComparison(documented.Number, documented.Source, documented.Votes, simulated, (double)held.Length / Math.Max(runs.Length, 1), error);
    }
}
