using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>How a project ended its year.</summary>
/// <param name="Appeal">The project.</param>
/// <param name="Status"><see cref="ProjectStatus.Closed"/> (it ran) or <see cref="ProjectStatus.Cancelled"/>.</param>
/// <param name="FundedUsd">Money pledged and accepted (before any cancellation).</param>
/// <param name="SpentUsd">Money spent: all of it when the project ran, nothing when cancelled.</param>
/// <param name="OverheadUsd">The part of the spending that paid for IOM's core.</param>
/// <param name="Accepted">The pledges it accepted.</param>
/// <param name="Returned">The pledges given back to their donors (all of them when cancelled, none when it ran).</param>
public sealed record ProjectClosing(
    Appeal Appeal,
    ProjectStatus Status,
    decimal FundedUsd,
    decimal SpentUsd,
    decimal OverheadUsd,
    ImmutableArray<Pledge> Accepted,
    ImmutableArray<Pledge> Returned)
{
    /// <summary>Funded share of the cost, 0 to 1 (a project that costs nothing is covered: 1).</summary>
    public double Coverage => ProjectAccount.CoverageOf(Appeal.CostUsd, FundedUsd, ifFree: 1.0);

    /// <summary>Closings are equal when every figure and every pledge is.</summary>
    public bool Equals(ProjectClosing? other) =>
        other is not null
        && Appeal == other.Appeal
        && Status == other.Status
        && FundedUsd == other.FundedUsd
        && SpentUsd == other.SpentUsd
        && OverheadUsd == other.OverheadUsd
        && Accepted.SequenceEqual(other.Accepted)
        && Returned.SequenceEqual(other.Returned);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Appeal, Status, FundedUsd, SpentUsd, OverheadUsd, Accepted.Length, Returned.Length);
}
