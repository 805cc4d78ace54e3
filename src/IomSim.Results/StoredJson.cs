using System.Collections.Immutable;
using System.Text.Json;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>The JSON columns of the results file: lists of state codes and state → value maps, keys in ordinal order.</summary>
internal static class StoredJson
{
    /// <summary>A list as a JSON array.</summary>
    public static string Write(ImmutableArray<string> values) => JsonSerializer.Serialize(values.IsDefault ? [] : values.ToArray());

    /// <summary>A map as a JSON object, keys in ordinal order.</summary>
    public static string Write(StateLabelDictionary values) =>
        JsonSerializer.Serialize<IReadOnlyDictionary<string, string>>(values);

    /// <summary>Reads a JSON array of strings.</summary>
    public static ImmutableArray<string> ReadList(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? []];

    /// <summary>Reads a JSON object of strings.</summary>
    public static StateLabelDictionary ReadMap(string json) =>
        StateLabelDictionary.From(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);
}
