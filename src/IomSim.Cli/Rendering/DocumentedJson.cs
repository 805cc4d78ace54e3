using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Domain.World;

namespace IomSim.Cli.Rendering;

/// <summary>A documented outcome in JSON, field for field as in <c>seeds/documented-outcomes.yaml</c>, with its sources.</summary>
internal static class DocumentedJson
{
    /// <summary>Writes <c>"documented": {...}</c>, or <c>null</c> when the item names no documented outcome.</summary>
    public static void Write(Utf8JsonWriter json, DocumentedOutcome? documented)
    {
        if (documented is null)
        {
            json.WriteNull("documented");
            return;
        }

        json.WriteStartObject("documented");
        json.WriteString("id", documented.Id);
        json.WriteString("body", documented.Body);
        json.WriteString("session", documented.Session);
        json.WriteString("date", Numbers.Date(documented.Date));
        json.WriteString("motion", documented.Motion);
        json.Strings("subjects", documented.Subjects.Select(s => s.Value));
        json.WriteBoolean("formal_vote", documented.FormalVote);
        json.StringOrNull("vote_requested_by", documented.VoteRequestedBy?.Value);
        json.WriteString("outcome", documented.Outcome);
        json.WriteString("source", documented.Source);
        json.WriteString("note", documented.Note);
        json.WriteStartArray("tallies");
        foreach (var tally in documented.Tallies)
        {
            json.WriteStartObject();
            json.WriteString("source", tally.Source);
            json.WriteNumber("yes", tally.Yes);
            json.WriteNumber("no", tally.No);
            json.WriteNumber("abstain", tally.Abstain);
            if (tally.NotVoting is { } notVoting)
            {
                json.WriteNumber("not_voting", notVoting);
            }
            else
            {
                json.WriteNull("not_voting");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("named_votes");
        foreach (var list in documented.NamedVotes)
        {
            json.WriteStartObject();
            json.WriteString("vote", Names.Recorded(list.Vote));
            json.Strings("states", list.States.Select(s => s.Value));
            json.StringOrNull("documented_as", list.DocumentedAs);
            json.WriteString("source", list.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.StringOrNull("others_vote", documented.OthersVote is { } others ? Names.Recorded(others) : null);
        json.StringOrNull("others_source", documented.OthersSource);
        json.WriteEndObject();
    }
}
