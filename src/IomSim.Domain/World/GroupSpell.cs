namespace IomSim.Domain.World;

/// <summary>
/// One spell of a state's membership of a group (a UN regional group, the EU, the CIS, the major donors…).
/// <see cref="Joined"/> and <see cref="Left"/> are inclusive. A year-only value covers its whole year, so the state
/// counts as a member for all of the year it joined and all of the year it left. A null <see cref="Joined"/> means
/// "member, date unknown": the state counts as a member on every day up to <see cref="Left"/>.
/// </summary>
/// <param name="State">The state.</param>
/// <param name="Group">The group's name, e.g. <c>EU</c> or <c>UN-WEOG</c>.</param>
/// <param name="Joined">When the state joined, or null when unknown.</param>
/// <param name="Left">The last day (or year) of membership, or null while it lasts.</param>
/// <param name="Basis">Where the row comes from.</param>
/// <param name="Source">The source.</param>
public sealed record GroupSpell(StateCode State, string Group, PartialDate? Joined, PartialDate? Left, ValueBasis Basis, string Source)
{
    /// <summary>True when the join date is unknown.</summary>
    public bool JoinedUnknown => Joined is null;

    /// <summary>True when the state counts as a member of the group on <paramref name="date"/>.</summary>
    public bool HoldsOn(DateOnly date) =>
        (Joined is null || Joined.Value.Earliest <= date) && (Left is null || date <= Left.Value.Latest);
}
