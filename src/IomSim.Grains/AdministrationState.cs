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

    /// <summary>Members' arrears as recorded directly (a scenario's or a test's standing, not the budget years').</summary>
    public ImmutableSortedDictionary<string, ArrearsStanding> Arrears { get; init; } = ImmutableSortedDictionary.Create<string, ArrearsStanding>(StringComparer.Ordinal);

    /// <summary>Members' assessed contributions, payments and arrears over the budget years, by member.</summary>
    public ImmutableSortedDictionary<string, StoredAssessmentAccount> Accounts { get; init; } = ImmutableSortedDictionary.Create<string, StoredAssessmentAccount>(StringComparer.Ordinal);

    /// <summary>The latest budget year's funding ties: recipient, then donor, then the donor's share of the recipient's money.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> Ties { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, double>>(StringComparer.Ordinal);
}
