namespace IomSim.Domain.World;

/// <summary>A state of the world: its codes, its UN short name and when it joined the UN.</summary>
/// <param name="Code">ISO 3166-1 alpha-3, the project's identity for states.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 (Namibia's is the text <c>NA</c>).</param>
/// <param name="Name">The UN short name.</param>
/// <param name="UnMemberFrom">The day the state joined the UN, or null for a state outside the UN.</param>
/// <param name="Source">Where the row comes from.</param>
public sealed record State(StateCode Code, string Iso2, string Name, DateOnly? UnMemberFrom, string Source)
{
    /// <summary>True when the state was a UN member on <paramref name="date"/>.</summary>
    public bool IsUnMemberOn(DateOnly date) => UnMemberFrom is { } from && from <= date;
}
