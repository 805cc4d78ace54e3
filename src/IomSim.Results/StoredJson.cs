using System.Collections.Immutable;
using System.Text.Json;

namespace IomSim.Results;

/// <summary>The JSON columns of the results file: lists of state codes and state → value maps, keys in ordinal order.</summary>
internal static class StoredJson
{
    /// <summary>A list as a JSON array.</summary>
    public static string Write(ImmutableArray<string> values) => JsonSerializer.Serialize(values.IsDefault ? [] : values.ToArray());

    /// <summary>A map as a JSON object, keys in ordinal order.</summary>
    public static string Write(ImmutableSortedDictionary<string, string> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(values, StringComparer.Ordinal));

    /// <summary>Reads a JSON array of strings.</summary>
    public static ImmutableArray<string> ReadList(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? []];

    /// <summary>Reads a JSON object of strings.</summary>
    public static ImmutableSortedDictionary<string, string> ReadMap(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);
}
