using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>The JSON columns of the results file: lists of state codes and state → value maps, keys in ordinal order.</summary>
/// <remarks>
/// The maps (each member's vote and reason, two per item per run) are written and read with System.Text.Json's
/// reader and writer rather than its serializer: a run of 10,000 stores and, run again, reads back 40,000 of them, and
/// going through a dictionary each way was most of the store's time. The text is the serializer's, byte for byte
/// (compact, the same default escaping), so files written before read the same.
/// </remarks>
internal static class StoredJson
{
    /// <summary>A list as a JSON array.</summary>
    public static string Write(ImmutableArray<string> values) => JsonSerializer.Serialize(values.IsDefault ? [] : values.ToArray());

    /// <summary>A map as a JSON object, keys in ordinal order.</summary>
    public static string Write(StateLabelDictionary values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var buffer = new ArrayBufferWriter<byte>(2 + (values.Count * 24));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (code, label) in values)
            {
                writer.WriteString(code, label);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a JSON array of strings.</summary>
    public static ImmutableArray<string> ReadList(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? []];

    /// <summary>Reads a JSON object of strings.</summary>
    /// <exception cref="JsonException">The text is not an object whose values are all strings.</exception>
    public static StateLabelDictionary ReadMap(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return StateLabelDictionary.Empty;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var entries = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var code = reader.GetString()!;
            reader.Read();
            Expect(ref reader, JsonTokenType.String);
            entries.Add(KeyValuePair.Create(code, reader.GetString()!));
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return StateLabelDictionary.From(entries);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {expected} in a stored map of states, found {reader.TokenType} at byte {reader.TokenStartIndex}.");
        }
    }
}
