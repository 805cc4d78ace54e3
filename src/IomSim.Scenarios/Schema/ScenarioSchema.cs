using System.Text.Json;
using System.Text.Json.Nodes;
using IomSim.Scenarios.Yaml;
using Json.Schema;

namespace IomSim.Scenarios.Schema;

/// <summary>
/// The published scenario schema (<c>scenarios/schema.json</c>, embedded in this assembly) checked by JsonSchema.Net
/// on every scenario read. The reader checks first, with messages in the format's own words, and everything a schema
/// cannot say (state codes, documented ids, dates in order, …); the schema then refuses whatever the reader let
/// through that the published format does not allow, so a file the program accepts is one editors and other tools
/// accept too. Its error names the file, the line and column of the YAML that fails, and what the schema expects there.
/// </summary>
internal static class ScenarioSchema
{
    private static readonly Lazy<(JsonSchema Schema, JsonNode Document)> s_schema = new(Load);

    /// <summary>Checks <paramref name="root"/> against the schema.</summary>
    /// <exception cref="ScenarioException">The file breaks the schema: at the most specific place it fails.</exception>
    public static void Check(YamlValue root, string file)
    {
        var (schema, document) = s_schema.Value;
        var (json, places) = YamlJson.Convert(root);
        using var instance = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var results = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        // The deepest failure says most; among equals, the first in the schema's order. An 'if' that does not hold is
        // listed with errors too, but is no failure: it only chooses whether its 'then' applies.
        var failure = (results.Details ?? []).Where(d => !d.IsValid && d.Errors is { Count: > 0 } && !UnderIf(d.EvaluationPath.ToString()))
            .OrderByDescending(d => d.InstanceLocation.SegmentCount)
            .FirstOrDefault() ?? results;
        var pointer = failure.InstanceLocation.ToString();
        var (line, column) = Place(pointer, places);
        var problem = failure.Errors is { Count: > 0 } errors ? string.Join("; ", errors.Values) : "does not match the schema";
        var expected = Description(document, failure.SchemaLocation);
        throw new ScenarioException(
            file, line, column,
            $"{(pointer.Length == 0 ? "the scenario" : pointer)}: {problem.TrimEnd('.')} (expected what scenarios/schema.json says"
            + (expected is null ? ")" : $": {expected})"));
    }

    private static bool UnderIf(string evaluationPath) => $"{evaluationPath}/".Contains("/if/", StringComparison.Ordinal);

    // The nearest place the file has for the pointer: the value itself, else its nearest parent.
    private static (int Line, int Column) Place(string pointer, IReadOnlyDictionary<string, (int Line, int Column)> places)
    {
        for (var at = pointer; ; at = at[..at.LastIndexOf('/')])
        {
            if (places.TryGetValue(at, out var place))
            {
                return place;
            }

            if (at.Length == 0)
            {
                return (1, 1);
            }
        }
    }

    // The description of the schema object holding the failing keyword (the location's fragment is a JSON Pointer into the schema).
    private static string? Description(JsonNode document, Uri location)
    {
        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        var segments = fragment.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        for (var count = segments.Count; count >= 0; count--)
        {
            JsonNode? node = document;
            foreach (var segment in segments.Take(count))
            {
                node = node switch
                {
                    JsonObject o => o[segment],
                    JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
                    _ => null,
                };
            }

            if (node is JsonObject { } schemaObject && schemaObject["description"] is JsonValue description)
            {
                return description.GetValue<string>();
            }
        }

        return null;
    }

    private static (JsonSchema, JsonNode) Load()
    {
        using var stream = typeof(ScenarioSchema).Assembly.GetManifestResourceStream("IomSim.Scenarios.schema.json")
            ?? throw new InvalidOperationException("The scenario schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }
}
