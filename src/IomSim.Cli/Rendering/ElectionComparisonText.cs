using System.Text;
using IomSim.Cli.Output;
using IomSim.Domain.World;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>A simulated election beside the record: the winner on record and how often it won, then each documented round.</summary>
internal static class ElectionComparisonText
{
    /// <summary>Writes the comparison; the caller renders the footnotes.</summary>
    public static void Write(StringBuilder text, EventResult item, DocumentedOutcome documented, ElectionComparison election, Footnotes sources)
    {
        var dated = documented.DateBasis is ValueBasis.GeneralKnowledge ? " (its date is general knowledge, to be checked)" : string.Empty;
        text.Append($"  on record: {election.DocumentedWinner} elected{dated} [{sources.Of(documented.Source)}]\n");
        var winners = election.Winners.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => w.Key == ElectionComparer.NoWinner ? $"no winner {Numbers.Percent(w.Value)}" : $"{w.Key} elected {Numbers.Percent(w.Value)}");
        text.Append($"  simulated: {string.Join(", ", winners)}; {Numbers.Mean(election.MeanRounds)} rounds on average\n");
        text.Append($"  winner as on record in {Numbers.Percent(election.WinnerShare)} of runs\n");
        ElectionText.RoundTable(text, item, "  ");
        if (election.Rounds.IsEmpty)
        {
            text.Append("  round tallies: none on record (no source the project holds gives them)\n");
        }

        foreach (var round in election.Rounds)
        {
            var table = new TextTable($"round {round.Number}", ">on record", ">simulated");
            foreach (var (candidate, votes) in round.Documented)
            {
                table.Add(candidate, Numbers.Plain(votes), Numbers.Mean(round.Simulated[candidate]));
            }

            text.Append(table.Render("  "));
            var error = round.Error is { } e ? $"error {Numbers.Mean(e)} votes per candidate" : "no run held this round";
            text.Append($"  round {round.Number}: held in {Numbers.Percent(round.ReachedShare)} of runs; {error} [{sources.Of(round.Source)}]\n");
        }

        var errors = election.Rounds.Where(r => r.Error is not null).Select(r => $"round {r.Number} {Numbers.Mean(r.Error!.Value)}");
        var roundScore = election.Rounds.IsEmpty ? "no round tallies on record" : $"round errors {string.Join(", ", errors)} votes";
        text.Append($"  score: outcome {Numbers.Percent(election.WinnerShare)} (the winner on record); {roundScore}\n");
    }
}
