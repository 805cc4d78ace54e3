using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>Which states belonged to which groups on a given day (see <see cref="GroupSpell"/> for how dates count).</summary>
public sealed class GroupRegister
{
    private readonly ImmutableDictionary<string, ImmutableArray<GroupSpell>> _byGroup;
    private readonly ImmutableDictionary<StateCode, ImmutableArray<GroupSpell>> _byState;

    /// <summary>Holds the given spells.</summary>
    public GroupRegister(IEnumerable<GroupSpell> spells)
    {
        ArgumentNullException.ThrowIfNull(spells);
        Spells = [.. spells];
        _byGroup = Spells.GroupBy(s => s.Group, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _byState = Spells.GroupBy(s => s.State).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        Groups = _byGroup.Keys.ToImmutableSortedSet(StringComparer.Ordinal);
    }

    /// <summary>Every spell, in the order given.</summary>
    public ImmutableArray<GroupSpell> Spells { get; }

    /// <summary>The names of all groups.</summary>
    public ImmutableSortedSet<string> Groups { get; }

    /// <summary>The members of <paramref name="group"/> on <paramref name="date"/>; empty for an unknown group.</summary>
    public ImmutableSortedSet<StateCode> MembersOf(string group, DateOnly date) =>
        _byGroup.TryGetValue(group, out var spells)
            ? spells.Where(s => s.HoldsOn(date)).Select(s => s.State).ToImmutableSortedSet()
            : [];

    /// <summary>The groups <paramref name="state"/> belonged to on <paramref name="date"/>, by name.</summary>
    public ImmutableSortedSet<string> GroupsOf(StateCode state, DateOnly date) =>
        _byState.TryGetValue(state, out var spells)
            ? spells.Where(s => s.HoldsOn(date)).Select(s => s.Group).ToImmutableSortedSet(StringComparer.Ordinal)
            : ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>True when <paramref name="state"/> belonged to <paramref name="group"/> on <paramref name="date"/>.</summary>
    public bool IsIn(StateCode state, string group, DateOnly date) =>
        _byState.TryGetValue(state, out var spells) && spells.Any(s => s.HoldsOn(date) && string.Equals(s.Group, group, StringComparison.Ordinal));

    /// <summary>The spells of one state.</summary>
    public ImmutableArray<GroupSpell> SpellsOf(StateCode state) =>
        _byState.TryGetValue(state, out var spells) ? spells : [];
}
