namespace IomSim.Domain.World;

/// <summary>
/// A documented pairwise relation that overrides the general picture: how <see cref="From"/> regards <see cref="To"/>,
/// from −1 (hostile) to +1 (close), between <see cref="ValidFrom"/> and <see cref="ValidUntil"/> (both inclusive; null = open).
/// </summary>
/// <param name="From">The state whose view it is.</param>
/// <param name="To">The state it regards.</param>
/// <param name="Weight">From −1 to +1.</param>
/// <param name="ValidFrom">The first day it holds, or null when open.</param>
/// <param name="ValidUntil">The last day it holds, or null when open.</param>
/// <param name="Basis">Where the relation comes from.</param>
/// <param name="Source">The evidence.</param>
public sealed record Relation(StateCode From, StateCode To, double Weight, DateOnly? ValidFrom, DateOnly? ValidUntil, ValueBasis Basis, string Source)
{
    /// <summary>True when the relation holds on <paramref name="date"/>.</summary>
    public bool HoldsOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom.Value <= date) && (ValidUntil is null || date <= ValidUntil.Value);
}
