using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace IomSim.Domain.World;

/// <summary>
/// A read-only map from state to value, ordered by code, held as two parallel arrays. Every agenda item of every run
/// produces a few of these (each member's vote, reason); a sorted tree would allocate a node per member and rebalance
/// as it is built, whereas the members already arrive in code order, so two arrays and a binary search do. It is not an
/// IReadOnlyDictionary on purpose: grain messages may expose only concrete immutable types, and that interface's
/// Keys and Values are plain enumerables.
/// </summary>
/// <typeparam name="TValue">What each state has.</typeparam>
public sealed class StateDictionary<TValue> : IEnumerable<KeyValuePair<StateCode, TValue>>
{
    private readonly ImmutableArray<StateCode> _codes;
    private readonly ImmutableArray<TValue> _values;

    // The values array is the caller's to give up (see StateDictionary.Of), so it is wrapped, not copied.
    internal StateDictionary(ImmutableArray<StateCode> codes, TValue[] values)
    {
        _codes = codes;
        _values = ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    /// <summary>The number of states.</summary>
    public int Count => _values.Length;

    /// <summary>The states, in code order.</summary>
    public ImmutableArray<StateCode> Keys => _codes;

    /// <summary>The values, in the states' code order.</summary>
    public ImmutableArray<TValue> Values => _values;

    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The state is not in the map.</exception>
    public TValue this[StateCode key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"{key} is not in this map.");

    /// <summary>Whether <paramref name="key"/> is in the map.</summary>
    public bool ContainsKey(StateCode key) => IndexOf(key) >= 0;

    /// <summary>The value of <paramref name="key"/>, if it is in the map.</summary>
    public bool TryGetValue(StateCode key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _values[index];
        return true;
    }

    /// <summary>The states and their values, in code order.</summary>
    public IEnumerator<KeyValuePair<StateCode, TValue>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return KeyValuePair.Create(_codes[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(StateCode key) => key.Value is null ? -1 : _codes.BinarySearch(key);
}
