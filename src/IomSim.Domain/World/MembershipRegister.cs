using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>Who was an IOM member or observer on a given day.</summary>
public sealed class MembershipRegister
{
    private readonly ImmutableDictionary<StateCode, ImmutableArray<MembershipSpell>> _byState;

    /// <summary>Holds the given spells.</summary>
    public MembershipRegister(IEnumerable<MembershipSpell> spells)
    {
        ArgumentNullException.ThrowIfNull(spells);
        Spells = [.. spells];
        _byState = Spells
            .GroupBy(s => s.State)
            .ToImmutableDictionary(g => g.Key, g => g.OrderBy(s => s.FromLatest).ToImmutableArray());
    }

    /// <summary>Every spell, in the order given.</summary>
    public ImmutableArray<MembershipSpell> Spells { get; }

    /// <summary>The states surely members on <paramref name="date"/>.</summary>
    public ImmutableSortedSet<StateCode> MembersOn(DateOnly date) => Holding(MembershipStatus.Member, date);

    /// <summary>The states surely observers on <paramref name="date"/>.</summary>
    public ImmutableSortedSet<StateCode> ObserversOn(DateOnly date) => Holding(MembershipStatus.Observer, date);

    /// <summary>
    /// The states whose membership began on an uncertain day that may fall before or after <paramref name="date"/>:
    /// they may be members on that day, and are not counted by <see cref="MembersOn"/>.
    /// </summary>
    public ImmutableSortedSet<StateCode> PossibleMembersOn(DateOnly date)
    {
        var members = MembersOn(date);
        return Spells
            .Where(s => s.Status == MembershipStatus.Member && s.MayHoldOn(date) && !members.Contains(s.State))
            .Select(s => s.State)
            .ToImmutableSortedSet();
    }

    /// <summary>True when <paramref name="state"/> was surely a member on <paramref name="date"/>.</summary>
    public bool IsMemberOn(StateCode state, DateOnly date) => Holds(state, MembershipStatus.Member, date);

    /// <summary>True when <paramref name="state"/> was surely an observer on <paramref name="date"/>.</summary>
    public bool IsObserverOn(StateCode state, DateOnly date) => Holds(state, MembershipStatus.Observer, date);

    /// <summary>The spells of one state, by start.</summary>
    public ImmutableArray<MembershipSpell> SpellsOf(StateCode state) =>
        _byState.TryGetValue(state, out var spells) ? spells : [];

    private ImmutableSortedSet<StateCode> Holding(MembershipStatus status, DateOnly date) =>
        Spells.Where(s => s.Status == status && s.HoldsOn(date)).Select(s => s.State).ToImmutableSortedSet();

    private bool Holds(StateCode state, MembershipStatus status, DateOnly date) =>
        SpellsOf(state).Any(s => s.Status == status && s.HoldsOn(date));
}
