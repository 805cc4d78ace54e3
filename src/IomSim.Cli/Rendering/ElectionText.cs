using System.Text;
using IomSim.Cli.Output;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>An election for people: each round's ballots, withdrawals and eliminations, the winner by name; over runs, the rounds.</summary>
internal static class ElectionText
{
    /// <summary>One line per round.</summary>
    public static void Rounds(StringBuilder text, ElectionResult election, string indent)
    {
        foreach (var round in election.Rounds)
        {
            text.Append(indent).Append($"round {round.Number}: ");
            if (round.ByAcclamation)
            {
                text.Append($"{round.Elected} alone, elected by acclamation\n");
                continue;
            }

            var votes = string.Join(", ", round.Votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}"));
            var against = round.Candidates.Length == 1 ? $", {round.Against} against" : string.Empty;
            text.Append($"{votes}{against}; {round.Blank} blank, {round.Absent} absent; {round.Cast} votes cast, two thirds = {TwoThirds(round.Cast)}");
            if (round.Elected is { } elected)
            {
                text.Append($"; {elected} elected");
            }

            foreach (var withdrawn in round.Withdrawn)
            {
                text.Append($"; {withdrawn} withdraws");
            }

            if (round.Eliminated is { } dropped)
            {
                text.Append($"; {dropped} eliminated (fewest votes)");
            }

            text.Append('\n');
        }
    }

    /// <summary>The outcome: who was elected, in which round and how; or that nobody was.</summary>
    public static string Outcome(ElectionResult election) =>
        election.Elected is { } winner
            ? election.ByAcclamation
                ? $"{winner} elected by acclamation (round {election.Rounds.Length})"
                : $"{winner} elected in round {election.Rounds.Length}"
            : $"no winner after {election.Rounds.Length} rounds";

    /// <summary>Over many runs: the rounds it took, and the mean first-round votes.</summary>
    public static void Summary(StringBuilder text, EventResult item, string indent)
    {
        var elections = item.Runs.Select(r => r.Election).OfType<ElectionResult>().ToArray();
        if (elections.Length == 0)
        {
            return;
        }

        var rounds = elections.Select(e => e.Rounds.Length).ToArray();
        text.Append(indent).Append($"rounds: mean {Numbers.Mean(rounds.Average())}, from {rounds.Min()} to {rounds.Max()}");
        var acclaimed = elections.Count(e => e.ByAcclamation);
        text.Append(acclaimed > 0 ? $"; by acclamation in {Numbers.Percent((double)acclaimed / elections.Length)} of runs\n" : "\n");
        var first = elections.Select(e => e.Rounds[0]).Where(r => !r.ByAcclamation).ToArray();
        if (first.Length > 0)
        {
            var candidates = first[0].Candidates;
            var means = candidates.Select(c => $"{c} {Numbers.Mean(first.Average(r => r.Votes.GetValueOrDefault(c)))}");
            text.Append(indent).Append($"round 1 (mean votes): {string.Join(", ", means)}; blank {Numbers.Mean(first.Average(r => r.Blank))}, absent {Numbers.Mean(first.Average(r => r.Absent))}\n");
        }
    }

    private static int TwoThirds(int cast) => ((2 * cast) + 2) / 3;
}
