using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>
/// Who sits in which bloc, for one list of members, laid out once so that each run's bloc signals are sums over arrays.
/// Every run of an item sits the same members in the same blocs and only their base utilities change, so the code
/// order, the blocs' names and each member's blocs (as indices into a dense table) are worked out here once, rather
/// than hashing bloc names and checking the order on every item of every run. A bloc's view is the mean base utility of
/// its members present in the body, and a member's signal the mean of its blocs' views (none when in no bloc); each
/// bloc's sum adds its members in code order, so the sums do not depend on the order in which members answered, and each
/// member's signal adds its blocs' means in its own listing order. A layout is immutable, so one serves runs on several
/// threads.
/// </summary>
public sealed class BlocLayout
{
    // Rosters are immutable records; a roster made with `with` is another object, so it gets its own layout.
    private static readonly ConditionalWeakTable<CouncilRoster, BlocLayout> s_byRoster = [];

    private readonly ImmutableArray<ImmutableArray<string>> _blocs;

    // Each bloc's sum, in order: the k-th term adds the utility of member _termMembers[k] to bloc _termBlocs[k], members
    // in code order and each member's blocs in its own order, as the sums have always been taken.
    private readonly int[] _termMembers;
    private readonly int[] _termBlocs;
    private readonly int[] _counts;

    // Member i's blocs are _memberBlocs[_memberStarts[i].._memberStarts[i + 1]], in the member's own order.
    private readonly int[] _memberStarts;
    private readonly int[] _memberBlocs;

    private BlocLayout(ImmutableArray<StateCode> members, ImmutableArray<ImmutableArray<string>> blocs)
    {
        Members = members;
        _blocs = blocs;
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        _memberStarts = new int[members.Length + 1];
        var memberBlocs = new List<int>();
        for (var i = 0; i < members.Length; i++)
        {
            _memberStarts[i] = memberBlocs.Count;
            foreach (var bloc in blocs[i].IsDefault ? [] : blocs[i])
            {
                if (!table.TryGetValue(bloc, out var index))
                {
                    index = table.Count;
                    table.Add(bloc, index);
                    counts.Add(0);
                }

                counts[index]++;
                memberBlocs.Add(index);
            }
        }

        _memberStarts[members.Length] = memberBlocs.Count;
        _memberBlocs = [.. memberBlocs];
        _counts = [.. counts];
        _termMembers = new int[_memberBlocs.Length];
        _termBlocs = new int[_memberBlocs.Length];
        var term = 0;
        foreach (var i in CodeOrder.Of(members.AsSpan()))
        {
            for (var j = _memberStarts[i]; j < _memberStarts[i + 1]; j++, term++)
            {
                _termMembers[term] = i;
                _termBlocs[term] = _memberBlocs[j];
            }
        }
    }

    /// <summary>The members, as listed: the signals' [i] is <see cref="Members"/>[i]'s.</summary>
    public ImmutableArray<StateCode> Members { get; }

    /// <summary>
    /// The layout of <paramref name="members"/>, where <paramref name="blocs"/>[i] lists <paramref name="members"/>[i]'s blocs
    /// (default or empty: in no bloc; a bloc listed twice counts twice, as in the plain computation).
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ, or a member is listed twice.</exception>
    public static BlocLayout Of(ImmutableArray<StateCode> members, ReadOnlySpan<ImmutableArray<string>> blocs)
    {
        if (members.IsDefault)
        {
            throw new ArgumentNullException(nameof(members));
        }

        if (blocs.Length != members.Length)
        {
            throw new ArgumentException($"{members.Length} members but {blocs.Length} bloc lists.", nameof(blocs));
        }

        return new BlocLayout(members, [.. blocs]);
    }

    /// <summary>
    /// The layout of a roster's members and their blocs, built once per roster object (safely from several threads) and
    /// kept while the roster lives: the direct procedure plays every run of an item on the same roster.
    /// </summary>
    public static BlocLayout Of(CouncilRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return s_byRoster.GetValue(roster, static r => new BlocLayout(
            [.. r.Members.Select(m => m.Code)],
            [.. r.Members.Select(m => r.BlocsOf.GetValueOrDefault(m.Code, []))]));
    }

    /// <summary>
    /// Whether this layout is the one for these members and bloc lists: the same members in the same places, each with
    /// the very same bloc list (immutable arrays compare by the array they wrap, so a member that answers with another
    /// list, even an equal one, gets a fresh layout; this check is one comparison of references per member).
    /// </summary>
    public bool Fits(ImmutableArray<StateCode> members, ReadOnlySpan<ImmutableArray<string>> blocs)
    {
        if (members.IsDefault || blocs.Length != _blocs.Length || (members != Members && !members.AsSpan().SequenceEqual(Members.AsSpan())))
        {
            return false;
        }

        for (var i = 0; i < blocs.Length; i++)
        {
            if (blocs[i] != _blocs[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Each member's bloc signal, given <paramref name="baseUtilities"/>[i] of <see cref="Members"/>[i]: the mean of its
    /// blocs' means (null: in no bloc).
    /// </summary>
    /// <exception cref="ArgumentException">Not one utility per member.</exception>
    public double?[] Signals(ReadOnlySpan<double> baseUtilities)
    {
        var signals = new double?[Members.Length];
        Signals(baseUtilities, signals);
        return signals;
    }

    /// <summary>
    /// As <see cref="Signals(ReadOnlySpan{double})"/>, into <paramref name="signals"/> (one per member), for a caller that
    /// works out the signals of the same members again and again.
    /// </summary>
    /// <exception cref="ArgumentException">Not one utility, or not one place for a signal, per member.</exception>
    public void Signals(ReadOnlySpan<double> baseUtilities, Span<double?> signals)
    {
        if (baseUtilities.Length != Members.Length)
        {
            throw new ArgumentException($"{Members.Length} members but {baseUtilities.Length} utilities.", nameof(baseUtilities));
        }

        if (signals.Length != Members.Length)
        {
            throw new ArgumentException($"{Members.Length} members but room for {signals.Length} signals.", nameof(signals));
        }

        // A body has a few dozen blocs at most; a roster with very many gets its sums on the heap.
        var means = _counts.Length <= 256 ? stackalloc double[_counts.Length] : new double[_counts.Length];
        means.Clear();
        for (var k = 0; k < _termMembers.Length; k++)
        {
            means[_termBlocs[k]] += baseUtilities[_termMembers[k]];
        }

        for (var b = 0; b < means.Length; b++)
        {
            means[b] /= _counts[b];
        }

        for (var i = 0; i < signals.Length; i++)
        {
            var start = _memberStarts[i];
            var end = _memberStarts[i + 1];
            if (start == end)
            {
                signals[i] = null;
                continue;
            }

            var total = 0.0;
            for (var j = start; j < end; j++)
            {
                total += means[_memberBlocs[j]];
            }

            signals[i] = total / (end - start);
        }
    }
}
