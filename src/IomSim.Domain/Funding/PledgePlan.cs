using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>
/// How a donor spreads its earmarked money over the open appeals: the pledges (in appeal-id ordinal order, none
/// zero) and what it could not place. The pledges and <see cref="UnplacedUsd"/> add up to the budget's earmarked money
/// exactly.
/// </summary>
/// <param name="Pledges">One pledge per funded appeal, in appeal-id ordinal order.</param>
/// <param name="UnplacedUsd">Earmarked money no appeal the donor cares for could take.</param>
public sealed record PledgePlan(ImmutableArray<Pledge> Pledges, decimal UnplacedUsd)
{
    /// <summary>Everything pledged.</summary>
    public decimal PledgedUsd => Pledges.Sum(p => p.AmountUsd);

    /// <summary>Plans are equal when they pledge the same amounts to the same appeals and leave the same unplaced.</summary>
    public bool Equals(PledgePlan? other) =>
        other is not null && UnplacedUsd == other.UnplacedUsd && Pledges.SequenceEqual(other.Pledges);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnplacedUsd, Pledges.Length);
}
