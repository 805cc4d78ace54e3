using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Domain.Procedure;
using IomSim.Engine.Elections;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// An election's rounds in JSON, shared by <c>run</c> (the event's <c>election</c> object) and <c>compare</c> (added to
/// its <c>election</c> object): outcomes in words, each round over the runs, and the first run round by round.
/// </summary>
internal static class ElectionJson
{
    /// <summary>The fields of an election's rounds, written into the object the caller opened.</summary>
    public static void WriteFields(Utf8JsonWriter json, EventResult item)
    {
        var elections = item.Runs.Select(r => r.Election).OfType<ElectionResult>().ToArray();
        json.Strings("candidates", ElectionRounds.Candidates(item));
        json.WriteStartObject("outcome_words");
        foreach (var outcome in item.Outcomes.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteString(outcome, OutcomeWords.Of(outcome));
        }

        json.WriteEndObject();
        var rounds = elections.Select(e => e.Rounds.Length).DefaultIfEmpty(0).ToArray();
        json.WriteStartObject("rounds_taken");
        json.Number("mean", rounds.Average());
        json.WriteNumber("min", rounds.Min());
        json.WriteNumber("max", rounds.Max());
        json.WriteEndObject();
        json.Number("by_acclamation_share", elections.Length == 0 ? 0 : (double)elections.Count(e => e.ByAcclamation) / elections.Length);
        json.WriteStartArray("round_summaries");
        foreach (var round in ElectionRounds.Of(item))
        {
            Summary(json, round);
        }

        json.WriteEndArray();
        if (elections.Length > 0)
        {
            FirstRun(json, elections[0]);
        }
        else
        {
            json.WriteNull("first_run");
        }
    }

    private static void Summary(Utf8JsonWriter json, ElectionRoundSummary round)
    {
        json.WriteStartObject();
        json.WriteNumber("round", round.Number);
        json.Number("held_share", round.HeldShare);
        json.WriteNumber("ballot_runs", round.BallotRuns);
        json.Shares("mean_votes", round.MeanVotes);
        json.Number("mean_cast", round.MeanCast);
        json.Number("mean_blank", round.MeanBlank);
        json.Number("mean_absent", round.MeanAbsent);
        json.Shares("elected", round.Elected);
        json.Number("acclaimed_share", round.Acclaimed);
        json.Shares("eliminated", round.Eliminated);
        json.Shares("withdrew", round.Withdrew);
        json.WriteEndObject();
    }

    private static void FirstRun(Utf8JsonWriter json, ElectionResult election)
    {
        json.WriteStartObject("first_run");
        json.WriteString("outcome", OutcomeWords.Of(election));
        json.StringOrNull("elected", election.Elected);
        json.WriteStartArray("rounds");
        foreach (var round in election.Rounds)
        {
            json.WriteStartObject();
            json.WriteNumber("round", round.Number);
            json.WriteBoolean("by_acclamation", round.ByAcclamation);
            json.WriteStartObject("votes");
            foreach (var (candidate, votes) in round.Votes)
            {
                json.WriteNumber(candidate, votes);
            }

            json.WriteEndObject();
            json.WriteNumber("against", round.Against);
            json.WriteNumber("blank", round.Blank);
            json.WriteNumber("absent", round.Absent);
            json.WriteNumber("cast", round.Cast);
            json.WriteNumber("two_thirds", OutcomeWords.TwoThirds(round.Cast));
            json.StringOrNull("elected", round.Elected);
            json.Strings("withdrew", round.Withdrawn);
            json.StringOrNull("eliminated", round.Eliminated);
            json.WriteString("then", OutcomeWords.After(round));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
