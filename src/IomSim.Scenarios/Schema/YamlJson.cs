using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Schema;

/// <summary>
/// A scenario's YAML tree as the JSON document a JSON Schema describes, with where in the file each JSON location
/// came from: a mapping's member at its key, a list's item and the root at the value. A key with an empty value is
/// left out, as the reader takes it to be absent.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>The JSON for <paramref name="root"/>, and each JSON Pointer's (RFC 6901) line and column in the file.</summary>
    public static (JsonNode? Json, IReadOnlyDictionary<string, (int Line, int Column)> Places) Convert(YamlValue root)
    {
        var places = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal) { [string.Empty] = (root.Line, root.Column) };
        return (Node(root, string.Empty, places), places);
    }

    private static JsonNode? Node(YamlValue value, string pointer, Dictionary<string, (int Line, int Column)> places)
    {
        switch (value)
        {
            case YamlMapping mapping:
                var json = new JsonObject();
                foreach (var (key, member) in mapping.Entries)
                {
                    // The format reads an empty value as a missing key ('funding:' is no funding section), and so does this.
                    if (member is YamlScalar { IsNull: true })
                    {
                        continue;
                    }

                    var at = $"{pointer}/{Escape(key.Value)}";
                    places[at] = (key.Line, key.Column);
                    json[key.Value] = Node(member, at, places);
                }

                return json;
            case YamlList list:
                var items = new JsonArray();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var at = $"{pointer}/{i.ToString(CultureInfo.InvariantCulture)}";
                    places[at] = (list.Items[i].Line, list.Items[i].Column);
                    items.Add(Node(list.Items[i], at, places));
                }

                return items;
            case YamlScalar scalar:
                return Scalar(scalar);
            default:
                throw new ArgumentException($"Unexpected YAML node {value.GetType().Name}.", nameof(value));
        }
    }

    // YAML's core schema for plain values, as the reader takes them: null, true and false, numbers; all else text.
    private static JsonValue? Scalar(YamlScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(scalar.Value);
        }

        var text = scalar.Value;
        if (scalar.IsNull)
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        if (Integer().IsMatch(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                return JsonValue.Create(whole);
            }

            if (ulong.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large))
            {
                return JsonValue.Create(large);
            }
        }

        return Number().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : Number().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                ? JsonValue.Create(real)
                : JsonValue.Create(text);
    }

    /// <summary>A key as a JSON Pointer segment: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>.</summary>
    public static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
