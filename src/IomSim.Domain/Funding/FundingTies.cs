using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// Who depends on whom for money: for each recipient state, the donors whose money its projects spent in a year,
/// weighted by each donor's share of that money (the weights of a recipient add up to 1). Used for the optional pull
/// of donors' views on the votes of the states they fund.
/// </summary>
/// <param name="ByRecipient">Tie weights by recipient, then by donor.</param>
public sealed record FundingTies(ImmutableSortedDictionary<StateCode, ImmutableSortedDictionary<DonorId, double>> ByRecipient)
{
    /// <summary>No ties.</summary>
    public static FundingTies None { get; } = new(ImmutableSortedDictionary<StateCode, ImmutableSortedDictionary<DonorId, double>>.Empty);

    /// <summary>
    /// The ties of a year: every accepted pledge on a project that ran (was <see cref="ProjectStatus.Closed"/>) and was
    /// requested by a state ties that state to the donor. Cancelled projects returned their money and tie no one; a
    /// donor funding its own projects is not tied to itself.
    /// </summary>
    public static FundingTies From(FundingYearLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var received = new SortedDictionary<StateCode, SortedDictionary<DonorId, decimal>>();
        foreach (var project in ledger.Projects.Where(p => p.Status == ProjectStatus.Closed))
        {
            if (project.Appeal.RequestedBy is not { } recipient)
            {
                continue;
            }

            foreach (var pledge in project.Accepted.Where(p => p.AmountUsd > 0 && p.Donor.State != recipient))
            {
                if (!received.TryGetValue(recipient, out var byDonor))
                {
                    received[recipient] = byDonor = [];
                }

                byDonor[pledge.Donor] = byDonor.GetValueOrDefault(pledge.Donor) + pledge.AmountUsd;
            }
        }

        return new FundingTies(received.ToImmutableSortedDictionary(
            r => r.Key,
            r =>
            {
                var total = r.Value.Values.Sum();
                return r.Value.ToImmutableSortedDictionary(d => d.Key, d => (double)(d.Value / total));
            }));
    }

    /// <summary>
    /// The pull of the donors' views on <paramref name="recipient"/>: Σ weight × view, each view clamped to −1..1. A
    /// donor with no view (null, or not a number), such as an organisation that does not sit in the Council, adds
    /// nothing; a recipient with no ties feels no pull (0).
    /// </summary>
    public double PullOn(StateCode recipient, Func<DonorId, double?> donorView)
    {
        ArgumentNullException.ThrowIfNull(donorView);
        if (!ByRecipient.TryGetValue(recipient, out var donors))
        {
            return 0.0;
        }

        var pull = 0.0;
        foreach (var (donor, weight) in donors)
        {
            if (donorView(donor) is { } view && !double.IsNaN(view))
            {
                pull += weight * Math.Clamp(view, -1.0, 1.0);
            }
        }

        return pull;
    }

    /// <summary>Ties are equal when they tie the same recipients to the same donors with the same weights.</summary>
    public bool Equals(FundingTies? other) =>
        other is not null
        && ByRecipient.Count == other.ByRecipient.Count
        && ByRecipient.All(r => other.ByRecipient.TryGetValue(r.Key, out var donors)
            && donors.Count == r.Value.Count
            && r.Value.All(d => donors.TryGetValue(d.Key, out var weight) && weight == d.Value));

    /// <inheritdoc />
    public override int GetHashCode() => ByRecipient.Count;
}
