using System.Collections.Immutable;
using IomSim.Domain.Procedure;

namespace IomSim.Grains;

/// <summary>The Administration's register in one run (state codes as text: the maps are keyed as they were when stored).</summary>
public sealed record AdministrationState
{
    // One empty map of each kind for every new register: the Administration remembers answers by reference to these
    // maps, and a fresh register per run would otherwise never match the one before.
    private static readonly ImmutableSortedDictionary<string, DateOnly> s_noDates = ImmutableSortedDictionary.Create<string, DateOnly>(StringComparer.Ordinal);
    private static readonly ImmutableSortedDictionary<string, ArrearsStanding> s_noArrears = ImmutableSortedDictionary.Create<string, ArrearsStanding>(StringComparer.Ordinal);
    private static readonly ImmutableSortedDictionary<string, StoredAssessmentAccount> s_noAccounts = ImmutableSortedDictionary.Create<string, StoredAssessmentAccount>(StringComparer.Ordinal);
    private static readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> s_noTies =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, double>>(StringComparer.Ordinal);

    // Declared after the empty maps it is made of: static fields are set in the order written.
    /// <summary>The register before anything is recorded; every run of every batch starts from this one object.</summary>
    public static AdministrationState Empty { get; } = new();

    /// <summary>Members and the day each membership took effect.</summary>
    public ImmutableSortedDictionary<string, DateOnly> Members { get; init; } = s_noDates;

    /// <summary>Applications the Council approved that await the applicant's acceptance, with the approval day.</summary>
    public ImmutableSortedDictionary<string, DateOnly> Approved { get; init; } = s_noDates;

    /// <summary>Members' arrears as recorded directly (a scenario's or a test's standing, not the budget years').</summary>
    public ImmutableSortedDictionary<string, ArrearsStanding> Arrears { get; init; } = s_noArrears;

    /// <summary>Members' assessed contributions, payments and arrears over the budget years, by member.</summary>
    public ImmutableSortedDictionary<string, StoredAssessmentAccount> Accounts { get; init; } = s_noAccounts;

    /// <summary>The latest budget year's funding ties: recipient, then donor, then the donor's share of the recipient's money.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> Ties { get; init; } = s_noTies;
}
