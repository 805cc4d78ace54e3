using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>Builds <see cref="StateDictionary{TValue}"/>s.</summary>
public static class StateDictionary
{
    /// <summary>The map with no states.</summary>
    public static StateDictionary<TValue> Empty<TValue>() => new([], []);

    /// <summary>
    /// The map of <paramref name="codes"/> to <paramref name="values"/>, position by position; the arrays are taken as
    /// they are (not copied), so the caller gives up <paramref name="values"/>. Codes out of order are sorted, with their
    /// values; a code twice is refused.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ, or a code appears twice.</exception>
    public static StateDictionary<TValue> Of<TValue>(ImmutableArray<StateCode> codes, TValue[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (codes.Length != values.Length)
        {
            throw new ArgumentException($"{codes.Length} states but {values.Length} values.", nameof(values));
        }

        if (!IsAscending(codes.AsSpan()))
        {
            var sorted = codes.ToArray();
            Array.Sort(sorted, values);
            codes = ImmutableArray.Create(sorted);
            if (!IsAscending(codes.AsSpan()))
            {
                throw new ArgumentException("A state appears twice.", nameof(codes));
            }
        }

        return new StateDictionary<TValue>(codes, values);
    }

    /// <summary>The map of the pairs in <paramref name="entries"/>, in any order.</summary>
    /// <exception cref="ArgumentException">A state appears twice.</exception>
    public static StateDictionary<TValue> Of<TValue>(IEnumerable<KeyValuePair<StateCode, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToArray();
        return Of([.. list.Select(e => e.Key)], [.. list.Select(e => e.Value)]);
    }

    /// <summary>Whether each code comes strictly after the one before it (code order, no code twice).</summary>
    internal static bool IsAscending(ReadOnlySpan<StateCode> codes)
    {
        for (var i = 1; i < codes.Length; i++)
        {
            if (codes[i - 1].CompareTo(codes[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
