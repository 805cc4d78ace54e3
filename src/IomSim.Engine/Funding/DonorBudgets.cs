using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Funding;

/// <summary>
/// Every contributor's voluntary money for one year: the recorded contributions (negative entries, refunds of earlier
/// years, set aside), changed as the scenario says, plus what each carried over from the year before.
/// </summary>
/// <param name="Budgets">One budget per contributor with money, in donor order.</param>
/// <param name="SetAsideCount">Recorded negative amounts set aside.</param>
/// <param name="SetAsideUsd">Their sum (negative).</param>
internal sealed record DonorBudgets(ImmutableArray<DonorBudget> Budgets, int SetAsideCount, decimal SetAsideUsd)
{
    public static DonorBudgets For(
        World world,
        ScenarioFunding funding,
        int year,
        ScaleOfAssessment scale,
        IReadOnlyDictionary<DonorId, decimal> carriedOver)
    {
        var earmarked = new SortedDictionary<DonorId, decimal>();
        var unearmarked = new SortedDictionary<DonorId, decimal>();
        int setAsideCount = 0;
        decimal setAsideUsd = 0;
        foreach (var recorded in world.Funding.ContributionsIn(year))
        {
            foreach (var (amount, into) in new[] { (recorded.EarmarkedUsd, earmarked), (recorded.UnearmarkedUsd, unearmarked) })
            {
                if (amount < 0)
                {
                    setAsideCount++;
                    setAsideUsd += amount;
                }

                into[recorded.Donor] = into.GetValueOrDefault(recorded.Donor) + Math.Max(0, amount);
            }
        }

        // The states' own voluntary money as recorded: what a state matching its assessed share is measured against.
        var statesVoluntary = earmarked.Concat(unearmarked).Where(d => d.Key.State is not null).Sum(d => d.Value);
        foreach (var change in funding.Donors.Where(c => (c.FromYear ?? year) <= year && year <= (c.ToYear ?? year)))
        {
            Apply(change, world, year, scale, statesVoluntary, earmarked, unearmarked);
        }

        foreach (var (donor, carried) in carriedOver)
        {
            earmarked[donor] = earmarked.GetValueOrDefault(donor) + carried;
        }

        var budgets = earmarked.Keys.Union(unearmarked.Keys)
            .Order()
            .Select(d => new DonorBudget(d, year, earmarked.GetValueOrDefault(d), unearmarked.GetValueOrDefault(d)))
            .Where(b => b.VoluntaryUsd > 0)
            .ToImmutableArray();
        return new DonorBudgets(budgets, setAsideCount, setAsideUsd);
    }

    private static void Apply(
        DonorChange change,
        World world,
        int year,
        ScaleOfAssessment scale,
        decimal statesVoluntary,
        SortedDictionary<DonorId, decimal> earmarked,
        SortedDictionary<DonorId, decimal> unearmarked)
    {
        switch (change.Kind)
        {
            case DonorChangeKind.Scale:
                var factor = (decimal)change.Factor;
                earmarked[change.Donor] = Cents.Round(earmarked.GetValueOrDefault(change.Donor) * factor);
                unearmarked[change.Donor] = Cents.Round(unearmarked.GetValueOrDefault(change.Donor) * factor);
                break;

            case DonorChangeKind.MatchAssessedShare:
                // FundingCheck has made sure, before any run, that the donor is a state and a pooled group exists.
                var state = change.Donor.State!.Value;
                var share = scale.Shares.TryGetValue(state, out var s) ? s
                    : throw new FundingSetupException($"{state} is not on the {year} scale of assessment (not a member on 1 January {year})");
                var target = Cents.Round(share * statesVoluntary * (decimal)change.Factor);
                earmarked[change.Donor] = Math.Max(0, target - unearmarked.GetValueOrDefault(change.Donor));
                break;

            case DonorChangeKind.Pool:
                foreach (var member in world.Groups.MembersOf(change.Group!, new DateOnly(year, 1, 1)).Select(DonorId.Of).Where(m => m != change.Donor))
                {
                    earmarked[change.Donor] = earmarked.GetValueOrDefault(change.Donor) + earmarked.GetValueOrDefault(member);
                    unearmarked[change.Donor] = unearmarked.GetValueOrDefault(change.Donor) + unearmarked.GetValueOrDefault(member);
                    earmarked.Remove(member);
                    unearmarked.Remove(member);
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.Kind, "Unknown donor change.");
        }
    }

}
