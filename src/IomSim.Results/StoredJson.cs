using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>The JSON columns of the results file: lists of state codes and state → value maps, keys in ordinal order.</summary>
/// <remarks>
/// The maps (each member's vote and reason, two per item per run) are read with System.Text.Json's reader and written
/// from fragments encoded by <see cref="JsonEncodedText"/> rather than through its serializer: a run of 10,000 stores
/// 40,000 of them and, run again, reads them back, and going through a dictionary each way was most of the store's time.
/// The text is the serializer's, byte for byte (compact, the same default escaping), so files written before read the same.
/// </remarks>
internal static class StoredJson
{
    // Per keys array (compared by reference, dropped with it): each key written as `"CODE":`.
    private static readonly ConditionalWeakTable<string[], string[]> s_keyFragments = [];

    /// <summary>A list as a JSON array.</summary>
    public static string Write(ImmutableArray<string> values) => JsonSerializer.Serialize(values.IsDefault ? [] : values.ToArray());

    /// <summary>A map as a JSON object, keys in ordinal order.</summary>
    public static string Write(StateLabelDictionary values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.IsEmpty)
        {
            return "{}";
        }

        // Each key's `"CODE":` is encoded once per keys array (the engine shares one per item across all runs) and each
        // label's `"label"` once per call: what is left is joining them, into a string of the exact length.
        var keys = s_keyFragments.GetValue(ImmutableCollectionsMarshal.AsArray(values.Keys)!, static codes => [.. codes.Select(code => Quoted(code) + ":")]);
        var labels = new List<(string Label, string Fragment)>(8);
        var fragments = new string[values.Count];
        var length = 1 + values.Count;
        var i = 0;
        foreach (var (_, label) in values)
        {
            fragments[i] = LabelFragment(labels, label);
            length += keys[i].Length + fragments[i].Length;
            i++;
        }

        return string.Create(length, (keys, fragments), static (text, parts) =>
        {
            text[0] = '{';
            var at = 1;
            for (var i = 0; i < parts.fragments.Length; i++)
            {
                parts.keys[i].CopyTo(text[at..]);
                at += parts.keys[i].Length;
                parts.fragments[i].CopyTo(text[at..]);
                at += parts.fragments[i].Length;
                text[at++] = i == parts.fragments.Length - 1 ? '}' : ',';
            }
        });
    }

    /// <summary>Reads a JSON array of strings.</summary>
    public static ImmutableArray<string> ReadList(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? []];

    /// <summary>Reads a JSON object of strings, with arrays of its own (a <see cref="StoredMapReader"/> shares them between maps).</summary>
    /// <exception cref="JsonException">The text is not an object whose values are all strings.</exception>
    public static StateLabelDictionary ReadMap(string json) => new StoredMapReader().Read(json);

    // The label's `"label"`, found by reference among those seen in this map (a handful: votes or reasons), else encoded.
    private static string LabelFragment(List<(string Label, string Fragment)> seen, string label)
    {
        foreach (var (known, fragment) in seen)
        {
            if (ReferenceEquals(known, label))
            {
                return fragment;
            }
        }

        var quoted = Quoted(label);
        seen.Add((label, quoted));
        return quoted;
    }

    // A JSON string as System.Text.Json writes it: the default encoder's escaping, in quotes.
    private static string Quoted(string value) => $"\"{JsonEncodedText.Encode(value)}\"";
}
