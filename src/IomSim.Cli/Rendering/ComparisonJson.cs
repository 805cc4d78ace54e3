using System.Collections.Immutable;
using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary><c>compare --format json</c>: the header of <c>run</c>'s contract, then one entry per documented item (README).</summary>
internal static class ComparisonJson
{
    /// <summary>The document for <paramref name="comparison"/>.</summary>
    public static string Render(ComparisonReport comparison) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        ResultJson.Header(json, comparison.Report);
        json.WriteStartArray("events");
        foreach (var (item, compared) in comparison.Compared)
        {
            Event(json, item, compared);
        }

        json.WriteEndArray();
        json.Strings("not_compared", comparison.NotCompared.Select(e => e.Id));
        FundingJson.Write(json, comparison.Report.Result);
        Baseline(json, comparison);
        json.WriteEndObject();
    });

    // For a counterfactual, its baseline and the measures side by side; null otherwise.
    private static void Baseline(Utf8JsonWriter json, ComparisonReport comparison)
    {
        if (comparison.Baseline is not { } baseline)
        {
            json.WriteNull("baseline");
            return;
        }

        json.WriteStartObject("baseline");
        json.WriteString("scenario", baseline.Result.Scenario);
        json.WriteNumber("seed", baseline.Result.Seed);
        json.WriteNumber("runs", baseline.Result.Runs);
        json.WriteString("content_hash", baseline.Result.ContentHash);
        json.WriteStartArray("measures");
        foreach (var row in comparison.SideBySide)
        {
            json.WriteStartObject();
            json.WriteString("section", row.Section);
            json.WriteString("measure", row.Measure);
            json.WriteString("unit", row.Unit);
            json.Number("baseline", row.Baseline);
            json.Number("counterfactual", row.Counterfactual);
            json.Number("change", row.Change);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Run by run on the same seeds and run indices: each change with its paired interval and sign test.
        json.WriteStartArray("paired");
        foreach (var change in comparison.Paired)
        {
            json.WriteStartObject();
            json.WriteString("section", change.Section);
            json.WriteString("measure", change.Measure.Name);
            json.WriteString("unit", change.Measure.Unit);
            json.WriteNumber("pairs", change.Pairs);
            json.Number("baseline", change.Baseline);
            json.Number("counterfactual", change.Counterfactual);
            json.Number("change", change.Change.Estimate);
            json.Number("change_low", change.Change.Low);
            json.Number("change_high", change.Change.High);
            json.WriteNumber("up", change.Up);
            json.WriteNumber("down", change.Down);
            json.WriteNumber("sign_test_p", change.SignTestP); // unrounded: a p-value far below 0.0001 still says how far
            json.WriteString("reading", change.Reading);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Strings("not_compared", SideBySide.Unmatched(baseline.Result, comparison.Report.Result));
        json.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter json, EventResult item, EventComparison compared)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("kind", item.Kind);
        json.WriteString("title", item.Title);
        json.Strings("inputs", item.Inputs);
        json.WriteString("date", Numbers.Date(item.Date));
        json.WriteString("documented_outcome", compared.DocumentedOutcome);
        json.WriteBoolean("documented_formal_vote", item.Documented!.FormalVote);
        json.Shares("simulated_outcomes", item.Outcomes);
        json.Number("formal_vote_share", item.FormalVoteShare);
        json.Number("outcome_match", compared.OutcomeMatch);
        json.WriteStartArray("tallies");
        foreach (var source in compared.Sources)
        {
            json.WriteStartObject();
            json.WriteString("source", source.Source);
            json.WriteStartObject("documented");
            json.WriteNumber("yes", source.Yes);
            json.WriteNumber("no", source.No);
            json.WriteNumber("abstain", source.Abstain);
            json.WriteEndObject();
            json.WriteStartObject("simulated");
            json.Number("yes", source.SimulatedYes);
            json.Number("no", source.SimulatedNo);
            json.Number("abstain", source.SimulatedAbstain);
            json.WriteEndObject();
            if (compared.TallyCompared)
            {
                json.Number("tally_error", source.TallyError);
            }
            else
            {
                // No run held a vote: there is no simulated tally to measure an error against.
                json.WriteNull("tally_error");
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("named_votes");
        foreach (var vote in compared.NamedVotes)
        {
            json.WriteStartObject();
            json.WriteString("state", vote.State);
            json.WriteString("documented", vote.Documented);
            json.Number("agreement", vote.Agreement);
            json.Shares("simulated", item.States.GetValueOrDefault(vote.State) ?? ImmutableSortedDictionary<string, double>.Empty);
            json.WriteString("source", vote.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Number("named_votes_matched", compared.NamedVotesMatched);
        if (compared.Election is { } election)
        {
            json.WriteStartObject("election");
            json.WriteString("documented_winner", election.DocumentedWinner);
            json.Number("winner_share", election.WinnerShare);
            json.Shares("winners", election.Winners);
            json.Number("mean_rounds", election.MeanRounds);
            json.WriteStartArray("rounds");
            foreach (var round in election.Rounds)
            {
                json.WriteStartObject();
                json.WriteNumber("round", round.Number);
                json.WriteString("source", round.Source);
                json.WriteStartObject("documented");
                foreach (var (candidate, votes) in round.Documented)
                {
                    json.WriteNumber(candidate, votes);
                }

                json.WriteEndObject();
                json.Shares("simulated", round.Simulated);
                json.Number("reached_share", round.ReachedShare);
                if (round.Error is { } error)
                {
                    json.Number("error", error);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            ElectionJson.WriteFields(json, item);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
