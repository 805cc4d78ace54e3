using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// The scale of assessment of one year: each member's share of the Administrative Part of the budget, from 0 to 1,
/// adding up to exactly 1.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Shares">Each member's share, to 10 decimal places.</param>
public sealed record ScaleOfAssessment(int Year, ImmutableSortedDictionary<StateCode, decimal> Shares)
{
    private const int ShareDecimals = 10;

    /// <summary>
    /// The scale as the year's record implies it: each member's share is its recorded assessed contribution over the
    /// members' total. A member with no positive record is given the smallest share among the others, because a new
    /// or unrecorded member pays the minimum rate of the scale; when no member has a record, all pay alike. Records
    /// of other years, of non-members and of donors that are not states are ignored.
    /// </summary>
    public static ScaleOfAssessment From(int year, IEnumerable<RecordedContribution> recorded, IReadOnlyCollection<StateCode> members)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(members);
        var memberSet = members.ToHashSet();
        var assessed = new Dictionary<StateCode, decimal>();
        foreach (var record in recorded)
        {
            if (record.Year == year && record.Donor.State is { } state && memberSet.Contains(state))
            {
                assessed[state] = assessed.GetValueOrDefault(state) + record.AssessedUsd;
            }
        }

        var positive = assessed.Values.Where(a => a > 0).ToList();
        var minimum = positive.Count > 0 ? positive.Min() : 1m;
        var basis = memberSet.ToDictionary(m => m, m => assessed.TryGetValue(m, out var a) && a > 0 ? a : minimum);
        var total = basis.Values.Sum();
        var shares = basis.ToDictionary(b => b.Key, b => Math.Round(b.Value / total, ShareDecimals, MidpointRounding.ToEven));
        OnLargest(shares, 1m - shares.Values.Sum());
        return new ScaleOfAssessment(year, shares.ToImmutableSortedDictionary());
    }

    /// <summary>
    /// Each member's contribution to <paramref name="budget"/>'s Administrative Part, in member-code order: its share
    /// of the Swiss francs, to the centime (the rounding residual on the largest, so they add up exactly), and the
    /// same in US dollars at the year's rate.
    /// </summary>
    public ImmutableArray<AssessedContribution> Assess(BudgetYear budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var chf = Shares.ToDictionary(s => s.Key, s => Cents.Round(budget.AdministrativePartChf * s.Value));
        OnLargest(chf, budget.AdministrativePartChf - chf.Values.Sum());
        return [.. Shares.Select(s => new AssessedContribution(
            s.Key,
            budget.Year,
            s.Value,
            chf[s.Key],
            Cents.Round(chf[s.Key] * budget.UsdPerChf)))];
    }

    /// <summary>Scales are equal when they are for the same year and give every member the same share.</summary>
    public bool Equals(ScaleOfAssessment? other) =>
        other is not null
        && Year == other.Year
        && Shares.Count == other.Shares.Count
        && Shares.All(s => other.Shares.TryGetValue(s.Key, out var share) && share == s.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Shares.Count);

    // The residual of rounding goes on the largest amount (ties: the first member code), where it matters least.
    private static void OnLargest(Dictionary<StateCode, decimal> amounts, decimal residual)
    {
        if (amounts.Count == 0 || residual == 0)
        {
            return;
        }

        var largest = amounts.OrderByDescending(a => a.Value).ThenBy(a => a.Key).First().Key;
        amounts[largest] += residual;
    }
}
