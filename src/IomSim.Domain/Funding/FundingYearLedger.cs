using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>Where every dollar of a year's voluntary money went, by donor, and how every project ended.</summary>
/// <param name="Year">The budget year.</param>
/// <param name="Donors">One line per donor, ordered by donor id.</param>
/// <param name="Projects">Every project's closing, ordered by appeal id.</param>
public sealed record FundingYearLedger(int Year, ImmutableArray<DonorLedgerLine> Donors, ImmutableArray<ProjectClosing> Projects)
{
    /// <summary>All voluntary money.</summary>
    public decimal ContributedUsd => Donors.Sum(d => d.ContributedUsd);

    /// <summary>Money spent on projects that ran.</summary>
    public decimal ToProjectsUsd => Donors.Sum(d => d.ToProjectsUsd);

    /// <summary>Unearmarked money, to the core.</summary>
    public decimal ToCoreUsd => Donors.Sum(d => d.ToCoreUsd);

    /// <summary>Money given back by cancelled projects.</summary>
    public decimal ReturnedUsd => Donors.Sum(d => d.ReturnedUsd);

    /// <summary>Money carried over to the donors' next year.</summary>
    public decimal CarriedOverUsd => Donors.Sum(d => d.CarriedOverUsd);

    /// <summary>The core's income from the overhead of the projects that ran.</summary>
    public decimal OverheadIncomeUsd => Projects.Sum(p => p.OverheadUsd);

    /// <summary>The whole appeal: every project's cost.</summary>
    public decimal AppealUsd => Projects.Sum(p => p.Appeal.CostUsd);

    /// <summary>
    /// Whether the books close: every donor's line balances, what donors gave to projects is what the projects spent,
    /// and what donors got back is what the cancelled projects returned.
    /// </summary>
    public bool IsBalanced =>
        Donors.All(d => d.IsBalanced)
        && ToProjectsUsd == Projects.Sum(p => p.SpentUsd)
        && ReturnedUsd == Projects.Sum(p => p.Returned.Sum(r => r.AmountUsd));

    /// <summary>Ledgers are equal when every line and every closing is.</summary>
    public bool Equals(FundingYearLedger? other) =>
        other is not null && Year == other.Year && Donors.SequenceEqual(other.Donors) && Projects.SequenceEqual(other.Projects);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Donors.Length, Projects.Length);
}
