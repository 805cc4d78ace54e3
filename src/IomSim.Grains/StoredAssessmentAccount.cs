using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>A member's assessment account as stored (the member is the dictionary key, so the JSON needs no converters).</summary>
public sealed record StoredAssessmentAccount
{
    /// <summary>Dues by year, in Swiss francs.</summary>
    public ImmutableSortedDictionary<int, decimal> DueChf { get; init; } = ImmutableSortedDictionary<int, decimal>.Empty;

    /// <summary>Payments credited to each year's dues, in Swiss francs.</summary>
    public ImmutableSortedDictionary<int, decimal> PaidChf { get; init; } = ImmutableSortedDictionary<int, decimal>.Empty;

    /// <summary>When the Council was told the member's arrears reached the limit.</summary>
    public DateOnly? CouncilNotified { get; init; }

    /// <summary>Whether the Council kept or restored the member's vote.</summary>
    public bool RestoredByCouncil { get; init; }

    /// <summary>Stores an account.</summary>
    public static StoredAssessmentAccount Of(AssessmentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new() { DueChf = account.DueChf, PaidChf = account.PaidChf, CouncilNotified = account.CouncilNotified, RestoredByCouncil = account.RestoredByCouncil };
    }

    /// <summary>The account of <paramref name="member"/>.</summary>
    public AssessmentAccount For(StateCode member) => new(member, DueChf, PaidChf, CouncilNotified, RestoredByCouncil);
}
