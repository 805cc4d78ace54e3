using System.Text;
using IomSim.Cli.Output;
using IomSim.Domain.Procedure;
using IomSim.Engine.Elections;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>An election for people: each round's ballots, withdrawals and eliminations, the winner in words; over runs, the rounds.</summary>
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
                text.Append($"{OutcomeWords.After(round)}\n");
                continue;
            }

            var votes = string.Join(", ", round.Votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}"));
            var against = round.Candidates.Length == 1 ? $", {round.Against} against" : string.Empty;
            text.Append($"{votes}{against}; {round.Blank} blank, {round.Absent} absent; {round.Cast} votes cast, two thirds = {OutcomeWords.TwoThirds(round.Cast)}");
            var after = OutcomeWords.After(round);
            text.Append(after.Length == 0 ? "\n" : $"; {after}\n");
        }
    }

    /// <summary>The outcome in words: <c>X elected in round 4, by two thirds</c>; or that nobody was.</summary>
    public static string Outcome(ElectionResult election) => OutcomeWords.Of(election);

    /// <summary>Over many runs: the rounds it took, then each round's mean votes and what followed it, as a share of runs.</summary>
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
        RoundTable(text, item, indent);
    }

    /// <summary>Each round over the runs: how often held, the mean votes per candidate over the runs that balloted, and what followed.</summary>
    public static void RoundTable(StringBuilder text, EventResult item, string indent)
    {
        var candidates = ElectionRounds.Candidates(item);
        var summaries = ElectionRounds.Of(item);
        if (summaries.IsEmpty)
        {
            return;
        }

        var table = new TextTable(["round", ">held", .. candidates.Select(c => ">" + c), ">blank", ">absent", "then (share of runs)"]);
        foreach (var round in summaries)
        {
            var votes = candidates.Select(c => round.MeanVotes.TryGetValue(c, out var mean) ? Numbers.Mean(mean) : "-");
            table.Add([
                $"{round.Number}",
                Numbers.Percent(round.HeldShare),
                .. votes,
                round.BallotRuns == 0 ? "-" : Numbers.Mean(round.MeanBlank),
                round.BallotRuns == 0 ? "-" : Numbers.Mean(round.MeanAbsent),
                Then(round),
            ]);
        }

        text.Append(indent).Append("rounds over the runs (a candidate's mean votes over the runs in which they stood in the round's ballot):\n");
        text.Append(table.Render(indent));
    }

    private static string Then(ElectionRoundSummary round)
    {
        static IEnumerable<string> Each(IEnumerable<KeyValuePair<string, double>> shares, string what) =>
            shares.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {what} {Numbers.Percent(s.Value)}");
        var parts = Each(round.Elected, "elected").Concat(Each(round.Withdrew, "withdrew")).Concat(Each(round.Eliminated, "eliminated")).ToList();
        if (round.Acclaimed > 0)
        {
            parts.Add($"by acclamation {Numbers.Percent(round.Acclaimed)}");
        }

        return string.Join(", ", parts);
    }
}
