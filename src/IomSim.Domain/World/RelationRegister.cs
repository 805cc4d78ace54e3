using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>The documented pairwise relations, looked up by direction and day.</summary>
public sealed class RelationRegister
{
    private readonly ImmutableDictionary<(StateCode From, StateCode To), ImmutableArray<Relation>> _byPair;

    /// <summary>Holds the given relations.</summary>
    public RelationRegister(IEnumerable<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        Relations = [.. relations];
        _byPair = Relations.GroupBy(r => (r.From, r.To)).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    /// <summary>An empty register.</summary>
    public static RelationRegister Empty { get; } = new([]);

    /// <summary>Every relation, in the order given.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>The relation from <paramref name="from"/> to <paramref name="to"/> holding on <paramref name="date"/>, or null.</summary>
    public Relation? Find(StateCode from, StateCode to, DateOnly date) =>
        _byPair.TryGetValue((from, to), out var relations) ? relations.FirstOrDefault(r => r.HoldsOn(date)) : null;

    /// <summary>How <paramref name="from"/> regards <paramref name="to"/> on <paramref name="date"/>, or null when no documented relation holds.</summary>
    public double? WeightFrom(StateCode from, StateCode to, DateOnly date) => Find(from, to, date)?.Weight;
}
