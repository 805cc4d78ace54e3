using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>
/// A project's money during its year: the pledges it accepted. A project never takes more than its cost; what a
/// pledge brings beyond that is refused and stays with the donor.
/// </summary>
/// <param name="Appeal">The project.</param>
/// <param name="Accepted">The pledges it took, in the order received, each for the amount accepted.</param>
public sealed record ProjectAccount(Appeal Appeal, ImmutableArray<Pledge> Accepted)
{
    /// <summary>Everything accepted.</summary>
    public decimal FundedUsd => Accepted.Sum(p => p.AmountUsd);

    /// <summary>What is still unfunded of the cost (never negative).</summary>
    public decimal RemainingUsd => Math.Max(0, Appeal.CostUsd - FundedUsd);

    /// <summary>Funded share of the cost, 0 to 1; a project that costs nothing is covered (1).</summary>
    public double Coverage => CoverageOf(Appeal.CostUsd, FundedUsd, ifFree: 1.0);

    /// <summary>Where the project stands: nothing yet, some money, or its whole cost (a free project is funded).</summary>
    public ProjectStatus Status =>
        FundedUsd >= Appeal.CostUsd ? ProjectStatus.Funded
        : FundedUsd <= 0 ? ProjectStatus.Unfunded
        : ProjectStatus.PartlyFunded;

    /// <summary>A published project with no money yet.</summary>
    /// <exception cref="ArgumentException">The appeal's cost is negative.</exception>
    public static ProjectAccount Open(Appeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal.CostUsd < 0
            ? throw new ArgumentException($"Appeal {appeal.Id} has a negative cost ({appeal.CostUsd}).", nameof(appeal))
            : new ProjectAccount(appeal, []);
    }

    /// <summary>
    /// Takes a pledge, up to what the project still needs. The accepted part is recorded as a pledge of that amount;
    /// <c>AcceptedUsd + ExcessUsd</c> is the pledge's amount.
    /// </summary>
    /// <exception cref="ArgumentException">The pledge is for another appeal, or negative.</exception>
    public (ProjectAccount Account, decimal AcceptedUsd, decimal ExcessUsd) Receive(Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        if (!string.Equals(pledge.AppealId, Appeal.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A pledge for appeal {pledge.AppealId} was sent to project {Appeal.Id}.", nameof(pledge));
        }

        if (pledge.AmountUsd < 0)
        {
            throw new ArgumentException($"{pledge.Donor}'s pledge to {Appeal.Id} is negative ({pledge.AmountUsd}).", nameof(pledge));
        }

        var accepted = Math.Min(pledge.AmountUsd, RemainingUsd);
        var account = accepted > 0 ? this with { Accepted = Accepted.Add(pledge with { AmountUsd = accepted }) } : this;
        return (account, accepted, pledge.AmountUsd - accepted);
    }

    /// <summary>
    /// Ends the year. With at least <see cref="FundingRules.MinimumCoverageToStart"/> of its cost (and some money) the
    /// project ran: its money is spent, the overhead share of it paying for IOM's core. Otherwise it is cancelled and
    /// every accepted pledge goes back to its donor.
    /// </summary>
    public ProjectClosing Close(FundingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var funded = FundedUsd;
        return funded > 0 && Coverage >= (double)rules.MinimumCoverageToStart
            ? new ProjectClosing(Appeal, ProjectStatus.Closed, funded, funded, Cents.Round(funded * rules.OverheadRate), Accepted, [])
            : new ProjectClosing(Appeal, ProjectStatus.Cancelled, funded, 0m, 0m, Accepted, Accepted);
    }

    /// <summary>Accounts are equal when they hold the same appeal and the same accepted pledges in the same order.</summary>
    public bool Equals(ProjectAccount? other) =>
        other is not null && Appeal == other.Appeal && Accepted.SequenceEqual(other.Accepted);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Appeal, Accepted.Length);

    /// <summary>Funded share of a cost, clamped to 0..1.</summary>
    internal static double CoverageOf(decimal costUsd, decimal fundedUsd, double ifFree) =>
        costUsd <= 0 ? ifFree : Math.Clamp((double)(fundedUsd / costUsd), 0.0, 1.0);
}
