using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace IomSim.Engine.Results;

/// <summary>
/// Each sitting member's label for one item in one run (its vote, such as <c>yes</c> or <c>not-entitled</c>, or what
/// weighed most, such as <c>relation</c>), keyed by state code text in ordinal order. A run of many thousands keeps one
/// of these per item per run until the summary, so it is held compactly: the codes and the few distinct labels are
/// arrays shared by every run of the item (see <see cref="StateLabelTable"/>), and each member costs one byte, an index
/// into the labels. Two instances are equal when they hold the same entries, however they are stored.
/// </summary>
public sealed class StateLabelDictionary : IReadOnlyDictionary<string, string>, IEquatable<StateLabelDictionary>
{
    private readonly string[] _codes;
    private readonly string[] _names;
    private readonly byte[] _indexes;

    // The arrays are shared and never written after construction: the codes are in ordinal order and unique, every
    // index is below the names' length.
    internal StateLabelDictionary(string[] codes, string[] names, byte[] indexes)
    {
        _codes = codes;
        _names = names;
        _indexes = indexes;
    }

    /// <summary>No states.</summary>
    public static StateLabelDictionary Empty { get; } = new([], [], []);

    /// <summary>The number of states.</summary>
    public int Count => _indexes.Length;

    /// <summary>Whether there are no states (an election or an acceptance has none).</summary>
    public bool IsEmpty => _indexes.Length == 0;

    /// <summary>The state codes, in ordinal order.</summary>
    public ImmutableArray<string> Keys => ImmutableCollectionsMarshal.AsImmutableArray(_codes);

    /// <summary>The labels, in the states' order.</summary>
    public IEnumerable<string> Values => _indexes.Select(index => _names[index]);

    IEnumerable<string> IReadOnlyDictionary<string, string>.Keys => Keys;

    /// <summary>The codes array, shared with every instance built from the same members by one <see cref="StateLabelTable"/>.</summary>
    internal ImmutableArray<string> Codes => ImmutableCollectionsMarshal.AsImmutableArray(_codes);

    /// <summary>The distinct labels that <see cref="Indexes"/> point into.</summary>
    internal ImmutableArray<string> Names => ImmutableCollectionsMarshal.AsImmutableArray(_names);

    /// <summary>Each state's label, as an index into <see cref="Names"/>, in the codes' order.</summary>
    internal ReadOnlySpan<byte> Indexes => _indexes;

    /// <summary>The label of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The state is not in the map.</exception>
    public string this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"{key} is not in this map.");

    /// <summary>
    /// The map over <paramref name="codes"/> (in ordinal order, each once) whose state at [i] has the label
    /// <paramref name="names"/>[<paramref name="indexes"/>[i]]. The arrays are kept, not copied, so maps read one after
    /// another over the same states can share them (as stored runs read back do); only the indexes are copied.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The codes are out of order, repeated or null, a name is null, the lengths differ, or an index is beyond the names.
    /// </exception>
    public static StateLabelDictionary Of(ImmutableArray<string> codes, ImmutableArray<string> names, ReadOnlySpan<byte> indexes)
    {
        var codeArray = ImmutableCollectionsMarshal.AsArray(codes) ?? [];
        var nameArray = ImmutableCollectionsMarshal.AsArray(names) ?? [];
        if (codeArray.Length != indexes.Length)
        {
            throw new ArgumentException($"{codeArray.Length} codes but {indexes.Length} labels.", nameof(indexes));
        }

        for (var i = 0; i < codeArray.Length; i++)
        {
            if (codeArray[i] is null || (i > 0 && string.CompareOrdinal(codeArray[i - 1], codeArray[i]) >= 0))
            {
                throw new ArgumentException($"The codes are not in ordinal order, each once (at {i}).", nameof(codes));
            }

            if (indexes[i] >= nameArray.Length || nameArray[indexes[i]] is null)
            {
                throw new ArgumentException($"The label of {codeArray[i]} is not among the names.", nameof(indexes));
            }
        }

        return codeArray.Length == 0 ? Empty : new StateLabelDictionary(codeArray, nameArray, indexes.ToArray());
    }

    /// <summary>
    /// The labels of <paramref name="entries"/>, keyed by state code text, in any order. Each instance gets arrays of its
    /// own, so this suits tests and stored results; the engine builds through a <see cref="StateLabelTable"/> instead.
    /// </summary>
    /// <exception cref="ArgumentException">A key is null or repeated, a label is null, or there are more than 256 distinct labels.</exception>
    public static StateLabelDictionary From(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        // Maps read back from the store arrive in order already; only others are sorted.
        if (!InOrdinalOrder(sorted))
        {
            Array.Sort(sorted, static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        }

        var codes = new string[sorted.Length];
        var names = new List<string>();
        var indexes = new byte[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var (code, label) = sorted[i];
            if (code is null || label is null)
            {
                throw new ArgumentException("A state code or its label is null.", nameof(entries));
            }

            if (i > 0 && string.Equals(code, codes[i - 1], StringComparison.Ordinal))
            {
                throw new ArgumentException($"State {code} appears twice.", nameof(entries));
            }

            var index = names.IndexOf(label);
            if (index < 0)
            {
                index = names.Count;
                names.Add(label);
            }

            codes[i] = code;
            indexes[i] = index <= byte.MaxValue
                ? (byte)index
                : throw new ArgumentException($"More than {byte.MaxValue + 1} distinct labels.", nameof(entries));
        }

        return new StateLabelDictionary(codes, [.. names], indexes);
    }

    private static bool InOrdinalOrder(KeyValuePair<string, string>[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            if (string.CompareOrdinal(entries[i - 1].Key, entries[i].Key) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="key"/> is in the map.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The label of <paramref name="key"/>, if it is in the map.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index < 0 ? null : _names[_indexes[index]];
        return index >= 0;
    }

    /// <summary>The states and their labels, in ordinal code order.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="other"/> holds the same states with the same labels.</summary>
    public bool Equals(StateLabelDictionary? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var sameCodes = ReferenceEquals(_codes, other._codes);
        var sameNames = ReferenceEquals(_names, other._names);
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (!sameCodes && !string.Equals(_codes[i], other._codes[i], StringComparison.Ordinal))
            {
                return false;
            }

            if (sameNames
                ? _indexes[i] != other._indexes[i]
                : !string.Equals(_names[_indexes[i]], other._names[other._indexes[i]], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StateLabelDictionary);

    /// <summary>A hash of the entries, so that equal instances hash alike however they are stored.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < _indexes.Length; i++)
        {
            hash.Add(_codes[i], StringComparer.Ordinal);
            hash.Add(_names[_indexes[i]], StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The entries, for reading in a debugger or a failed assertion.</summary>
    public override string ToString() => string.Join(", ", this.Select(entry => $"{entry.Key}={entry.Value}"));

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.BinarySearch(_codes, key, StringComparer.Ordinal);
    }

    /// <summary>Walks the states and their labels in code order without allocating.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, string>>
    {
        private readonly StateLabelDictionary _labels;
        private int _index;

        internal Enumerator(StateLabelDictionary labels)
        {
            _labels = labels;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly KeyValuePair<string, string> Current =>
            KeyValuePair.Create(_labels._codes[_index], _labels._names[_labels._indexes[_index]]);

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _labels._indexes.Length;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
