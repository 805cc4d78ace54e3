using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using IomSim.Engine.Results;

namespace IomSim.Results;

/// <summary>
/// Reads the JSON maps of one column (votes or reasons) at one item position, run after run. Every run of an item
/// usually has the same members, so a map whose states are those of the map before shares its codes array, and every
/// map shares one table of the labels seen so far: reading a map allocates its byte per state, not two strings.
/// Sharing the arrays also lets a summary count read-back runs by index, as it counts the engine's.
/// </summary>
internal sealed class StoredMapReader
{
    private string[] _codes = [];
    private string[] _names = [];

    /// <summary>Reads a JSON object of strings (null or <c>{}</c> for no states).</summary>
    /// <exception cref="JsonException">The text is not an object whose values are all strings.</exception>
    public StateLabelDictionary Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            return Read(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private StateLabelDictionary Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return StateLabelDictionary.Empty;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var indexes = new List<byte>(_codes.Length);

        // Null while the keys are the shared codes; then the map's own.
        List<string>? codes = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var i = indexes.Count;
            if (codes is null && !(i < _codes.Length && reader.ValueTextEquals(_codes[i])))
            {
                codes = [.. _codes.AsSpan(0, i)];
            }

            codes?.Add(reader.GetString()!);
            reader.Read();
            Expect(ref reader, JsonTokenType.String);
            indexes.Add(LabelIndex(ref reader));
        }

        Expect(ref reader, JsonTokenType.EndObject);
        if (indexes.Count == 0)
        {
            return StateLabelDictionary.Empty;
        }

        if (codes is null && indexes.Count < _codes.Length)
        {
            codes = [.. _codes.AsSpan(0, indexes.Count)];
        }

        if (codes is not null)
        {
            // Other states: built (sorted if need be, and checked) as any entries, and its codes shared from now on.
            var own = StateLabelDictionary.From(codes.Select((code, i) => KeyValuePair.Create(code, _names[indexes[i]])));
            _codes = ImmutableCollectionsMarshal.AsArray(own.Keys)!;
            return own;
        }

        return StateLabelDictionary.Of(
            ImmutableCollectionsMarshal.AsImmutableArray(_codes), ImmutableCollectionsMarshal.AsImmutableArray(_names), CollectionsMarshal.AsSpan(indexes));
    }

    // The label's index in the shared table, added at its end when new.
    private byte LabelIndex(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i]))
            {
                return (byte)i;
            }
        }

        if (_names.Length > byte.MaxValue)
        {
            throw new JsonException($"More than {byte.MaxValue + 1} distinct labels in one column of stored maps.");
        }

        _names = [.. _names, reader.GetString()!];
        return (byte)(_names.Length - 1);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {expected} in a stored map of states, found {reader.TokenType} at byte {reader.TokenStartIndex}.");
        }
    }
}
