using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Engine.Results;

/// <summary>
/// The arrays that every run's <see cref="StateLabelDictionary"/> for one agenda item share: the members' codes and the distinct
/// labels seen so far. Runs on several threads label through one table at once, so both are published whole and never
/// written after: the labels only grow, by a new array that keeps every earlier index, and the codes are kept for the
/// first few member lists seen (the members sitting can differ between runs when an earlier item of the same run
/// admitted a state); a run whose members match none of them gets an array of its own.
/// </summary>
internal sealed class StateLabelTable
{
    // Enough for a body with and without each of a couple of admissions earlier in the run.
    private const int MaxMemberLists = 4;

    private string[][] _codes = [];
    private string[] _names = [];

    // The member list last labelled and its codes: runs usually bring the very same list (the same array), and then the
    // codes are found without comparing them. Published whole, as the arrays are.
    private MemberCodes? _lastCodes;

    /// <summary>Each member's label in <paramref name="values"/>, named by <paramref name="name"/>, on the shared arrays.</summary>
    public StateLabelDictionary Label<TValue>(StateDictionary<TValue> values, Func<TValue, string> name)
    {
        var codes = CodesOf(values.Keys);
        var names = Volatile.Read(ref _names);
        var indexes = new byte[codes.Length];
        var labels = values.Values;

        // Most members share their neighbour's value (most vote alike): that value is named and looked up once.
        var comparer = EqualityComparer<TValue>.Default;
        var hasLast = false;
        TValue last = default!;
        byte lastIndex = 0;
        for (var i = 0; i < indexes.Length; i++)
        {
            if (hasLast && comparer.Equals(labels[i], last))
            {
                indexes[i] = lastIndex;
                continue;
            }

            var label = name(labels[i]);
            var index = IndexOf(names, label);
            if (index < 0)
            {
                // A newer table keeps the indexes already taken from this one.
                names = Add(label);
                index = IndexOf(names, label);
            }

            (hasLast, last, lastIndex) = (true, labels[i], (byte)index);
            indexes[i] = lastIndex;
        }

        return new StateLabelDictionary(codes, names, indexes);
    }

    private string[] CodesOf(ImmutableArray<StateCode> members)
    {
        if (Volatile.Read(ref _lastCodes) is { } last && last.Members == members)
        {
            return last.Codes;
        }

        var codes = FindOrAddCodes(members);
        Volatile.Write(ref _lastCodes, new MemberCodes(members, codes));
        return codes;
    }

    private string[] FindOrAddCodes(ImmutableArray<StateCode> members)
    {
        while (true)
        {
            var known = Volatile.Read(ref _codes);
            foreach (var codes in known)
            {
                if (Same(codes, members))
                {
                    return codes;
                }
            }

            var fresh = new string[members.Length];
            for (var i = 0; i < fresh.Length; i++)
            {
                fresh[i] = members[i].Value;
            }

            if (known.Length >= MaxMemberLists)
            {
                return fresh;
            }

            string[][] grown = [.. known, fresh];
            if (Interlocked.CompareExchange(ref _codes, grown, known) == known)
            {
                return fresh;
            }
        }
    }

    private string[] Add(string label)
    {
        while (true)
        {
            var known = Volatile.Read(ref _names);
            if (IndexOf(known, label) >= 0)
            {
                return known;
            }

            if (known.Length > byte.MaxValue)
            {
                throw new InvalidOperationException($"More than {byte.MaxValue + 1} distinct labels for one item.");
            }

            string[] grown = [.. known, label];
            if (Interlocked.CompareExchange(ref _names, grown, known) == known)
            {
                return grown;
            }
        }
    }

    private static bool Same(string[] codes, ImmutableArray<StateCode> members)
    {
        if (codes.Length != members.Length)
        {
            return false;
        }

        for (var i = 0; i < codes.Length; i++)
        {
            if (!string.Equals(codes[i], members[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record MemberCodes(ImmutableArray<StateCode> Members, string[] Codes);

    private static int IndexOf(string[] names, string label)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], label) || string.Equals(names[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
