using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// The JSON contract of <c>run --format json</c> (README, "JSON contract"): fields in snake_case, values such as outcome
/// and vote names in kebab case, shares and means rounded to four places, keys of maps in ordinal order, no timestamps.
/// </summary>
internal static class ResultJson
{
    /// <summary>The document for <paramref name="report"/>.</summary>
    public static string Render(ScenarioReport report) => JsonText.Of(json =>
    {
        var result = report.Result;
        json.WriteStartObject();
        Header(json, report);
        json.WriteStartArray("events");
        foreach (var item in result.Events)
        {
            Event(json, item);
        }

        json.WriteEndArray();
        FundingJson.Write(json, result);
        json.WriteEndObject();
    });

    /// <summary>The fields every document of a scenario's runs starts with.</summary>
    public static void Header(Utf8JsonWriter json, ScenarioReport report)
    {
        var result = report.Result;
        json.WriteString("scenario", result.Scenario);
        json.WriteString("title", result.Title);
        json.WriteString("body", report.Body);
        json.WriteNumber("seed", result.Seed);
        json.WriteNumber("runs", result.Runs);
        json.WriteString("version", result.Version);
        json.WriteString("content_hash", result.ContentHash);
        json.WriteBoolean("calibrated", result.Calibrated);
        json.WriteString("parameters", report.Parameters);
    }

    private static void Event(Utf8JsonWriter json, EventResult item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("kind", item.Kind);
        json.WriteString("title", item.Title);
        json.Strings("inputs", item.Inputs);
        json.WriteString("session", item.Session);
        json.WriteString("date", Numbers.Date(item.Date));
        json.Shares("outcomes", item.Outcomes);
        json.Number("formal_vote_share", item.FormalVoteShare);
        json.WriteStartObject("tally");
        foreach (var (key, _, value) in TallyColumns.Of(item.Tally))
        {
            json.WriteStartObject(key);
            json.Number("mean", value.Mean);
            json.Number("p05", value.P05);
            json.Number("p95", value.P95);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (item.Kind is "election")
        {
            json.WriteStartObject("election");
            ElectionJson.WriteFields(json, item);
            json.WriteEndObject();
        }

        DocumentedJson.Write(json, item.Documented);
        json.WriteStartObject("states");
        foreach (var (state, votes) in item.States.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            json.Shares(state, votes);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
