using System.Collections.Immutable;
using IomSim.Domain.Procedure;

namespace IomSim.Grains;

/// <summary>The Administration's register, as stored (state codes as text, so the JSON needs no converters).</summary>
public sealed record AdministrationState
{
    /// <summary>Members and the day each membership took effect.</summary>
    public ImmutableSortedDictionary<string, DateOnly> Members { get; init; } = ImmutableSortedDictionary.Create<string, DateOnly>(StringComparer.Ordinal);

    /// <summary>Applications the Council approved that await the applicant's acceptance, with the approval day.</summary>
    public ImmutableSortedDictionary<string, DateOnly> Approved { get; init; } = ImmutableSortedDictionary.Create<string, DateOnly>(StringComparer.Ordinal);

    /// <summary>Members' arrears.</summary>
    public ImmutableSortedDictionary<string, ArrearsStanding> Arrears { get; init; } = ImmutableSortedDictionary.Create<string, ArrearsStanding>(StringComparer.Ordinal);
}
