namespace IomSim.Domain.World;

/// <summary>
/// One spell of IOM membership or observer status. The spell began on some day in
/// [<see cref="FromEarliest"/>, <see cref="FromLatest"/>] (equal when the day is known; <see cref="FromEarliest"/>
/// is null when no lower bound is known) and lasts until the day before <see cref="Until"/>.
/// </summary>
/// <param name="State">The state.</param>
/// <param name="Status">Member or observer.</param>
/// <param name="Approved">The day the Council decided, when known.</param>
/// <param name="FromEarliest">The earliest day the spell can have begun, or null when unknown.</param>
/// <param name="FromLatest">The latest day the spell can have begun.</param>
/// <param name="Until">The first day the spell no longer holds, or null while it lasts.</param>
/// <param name="Basis">Where the dates come from.</param>
/// <param name="Source">The source.</param>
/// <param name="Note">Reasoning, caveats and conflicting values.</param>
public sealed record MembershipSpell(
    StateCode State,
    MembershipStatus Status,
    DateOnly? Approved,
    DateOnly? FromEarliest,
    DateOnly FromLatest,
    DateOnly? Until,
    ValueBasis Basis,
    string Source,
    string Note)
{
    /// <summary>True when the spell surely holds on <paramref name="date"/>: <c>FromLatest ≤ date &lt; Until</c>.</summary>
    public bool HoldsOn(DateOnly date) => FromLatest <= date && IsBeforeEnd(date);

    /// <summary>True when the spell may or may not hold on <paramref name="date"/>: its start is uncertain and the date falls in that uncertainty.</summary>
    public bool MayHoldOn(DateOnly date) =>
        (FromEarliest is null || FromEarliest.Value <= date) && date < FromLatest && IsBeforeEnd(date);

    private bool IsBeforeEnd(DateOnly date) => Until is null || date < Until.Value;
}
