using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// One member's assessed contributions over the years, in Swiss francs (the currency of assessment, so arrears do
/// not move with exchange rates). A year's contribution is due on 1 January of that year. Payments are credited to
/// the oldest unpaid dues first, as IOM credits arrears first, so <see cref="PaidChf"/> says how much of each year's
/// dues is settled. The account holds the present: payments made later are credited to earlier years, so ask about
/// dates no earlier than the last payment.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="DueChf">Each year's assessed contribution.</param>
/// <param name="PaidChf">How much of each year's contribution has been paid (never more than it).</param>
/// <param name="CouncilNotified">The session at which the Council was told the arrears reached the limit; null if not (or no longer).</param>
/// <param name="RestoredByCouncil">Whether the Council decided to keep or restore the member's vote.</param>
public sealed record AssessmentAccount(
    StateCode Member,
    ImmutableSortedDictionary<int, decimal> DueChf,
    ImmutableSortedDictionary<int, decimal> PaidChf,
    DateOnly? CouncilNotified,
    bool RestoredByCouncil)
{
    /// <summary>A member with nothing assessed yet.</summary>
    public static AssessmentAccount Open(StateCode member) =>
        new(member, ImmutableSortedDictionary<int, decimal>.Empty, ImmutableSortedDictionary<int, decimal>.Empty, null, false);

    /// <summary>Adds a year's assessed contribution.</summary>
    /// <exception cref="ArgumentException">The contribution is another member's, or negative.</exception>
    /// <exception cref="InvalidOperationException">The year is assessed already.</exception>
    public AssessmentAccount Assess(AssessedContribution due)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.Member != Member)
        {
            throw new ArgumentException($"{due.Member}'s contribution was put on {Member}'s account.", nameof(due));
        }

        if (due.Chf < 0)
        {
            throw new ArgumentException($"{Member}'s contribution for {due.Year} is negative ({due.Chf}).", nameof(due));
        }

        return DueChf.ContainsKey(due.Year)
            ? throw new InvalidOperationException($"{Member} is assessed for {due.Year} already.")
            : this with { DueChf = DueChf.Add(due.Year, due.Chf) };
    }

    /// <summary>
    /// Pays <paramref name="chf"/> in <paramref name="year"/>, credited to the oldest unpaid dues first. Only dues of
    /// <paramref name="year"/> and before can be paid (later years are not due yet).
    /// </summary>
    /// <exception cref="ArgumentException">A negative amount, or more than is owed up to <paramref name="year"/>.</exception>
    public AssessmentAccount Pay(int year, decimal chf)
    {
        if (chf < 0)
        {
            throw new ArgumentException($"{Member} cannot pay a negative amount ({chf}).", nameof(chf));
        }

        var owed = OwedUpTo(year);
        if (chf > owed)
        {
            throw new ArgumentException($"{Member} pays {chf} CHF in {year} but owes only {owed} CHF.", nameof(chf));
        }

        var paid = PaidChf.ToBuilder();
        var left = chf;
        foreach (var (dueYear, due) in DueChf)
        {
            if (left == 0 || dueYear > year)
            {
                break;
            }

            var credit = Math.Min(left, due - paid.GetValueOrDefault(dueYear));
            if (credit > 0)
            {
                paid[dueYear] = paid.GetValueOrDefault(dueYear) + credit;
                left -= credit;
            }
        }

        return this with { PaidChf = paid.ToImmutable() };
    }

    /// <summary>Unpaid contributions on <paramref name="date"/>: the dues of its year and before, less what was paid of them.</summary>
    public decimal ArrearsOn(DateOnly date) => OwedUpTo(date.Year);

    /// <summary>The contributions due for the two full years before <paramref name="date"/>'s year, paid or not.</summary>
    public decimal DueForPrecedingTwoYears(DateOnly date) =>
        DueChf.GetValueOrDefault(date.Year - 1) + DueChf.GetValueOrDefault(date.Year - 2);

    /// <summary>The member's standing under the Constitution's Art. 4(1) on <paramref name="date"/>.</summary>
    public ArrearsStanding StandingOn(DateOnly date) =>
        new(ArrearsOn(date), DueForPrecedingTwoYears(date), CouncilNotified, RestoredByCouncil);

    /// <summary>
    /// The Administration reports to the Council at its session of <paramref name="sessionDate"/>: a member whose
    /// arrears reach the limit that day is notified (once: an earlier notice stands, so the year runs from it); a
    /// member no longer at the limit is cleared, so its clock starts again if it falls behind again.
    /// </summary>
    public AssessmentAccount NotifyCouncil(DateOnly sessionDate) =>
        StandingOn(sessionDate).ReachesTheLimit
            ? CouncilNotified is null ? this with { CouncilNotified = sessionDate } : this
            : CouncilNotified is null ? this : this with { CouncilNotified = null };

    /// <summary>Accounts are equal when they hold the same dues, payments, notice and restoration.</summary>
    public bool Equals(AssessmentAccount? other) =>
        other is not null
        && Member == other.Member
        && CouncilNotified == other.CouncilNotified
        && RestoredByCouncil == other.RestoredByCouncil
        && SameAmounts(DueChf, other.DueChf)
        && SameAmounts(PaidChf, other.PaidChf);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Member, CouncilNotified, RestoredByCouncil, DueChf.Count, PaidChf.Count);

    private decimal OwedUpTo(int year) =>
        DueChf.Where(d => d.Key <= year).Sum(d => d.Value) - PaidChf.Where(p => p.Key <= year).Sum(p => p.Value);

    private static bool SameAmounts(ImmutableSortedDictionary<int, decimal> left, ImmutableSortedDictionary<int, decimal> right) =>
        left.Count == right.Count && left.All(l => right.TryGetValue(l.Key, out var amount) && amount == l.Value);
}
