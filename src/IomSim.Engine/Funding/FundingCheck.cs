using IomSim.Domain.World;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Funding;

/// <summary>
/// What the scenario reader cannot check because it does not know the seeds: every budget year has data, and every
/// donor and group a funding change names exists. Checked before any run starts, so a bad scenario fails at once.
/// </summary>
internal static class FundingCheck
{
    public static void Check(World world, Scenario scenario)
    {
        var funding = world.Funding;
        foreach (var entry in scenario.Timeline.SelectMany(s => s.Items).Where(e => e.Year is not null))
        {
            if (!funding.Years.ContainsKey(entry.Year!.Value))
            {
                throw new FundingSetupException(funding.Years.IsEmpty
                    ? $"item {entry.Id} adopts the budget for {entry.Year}, but the seeds have no budget years"
                    : $"item {entry.Id} adopts the budget for {entry.Year}, which has no data in seeds/funding-years.csv (expected a year from {funding.Years.Keys.First()} to {funding.Years.Keys.Last()})");
            }
        }

        foreach (var change in scenario.Funding.Donors)
        {
            if (!funding.Donors.ContainsKey(change.Donor))
            {
                throw new FundingSetupException($"funding change on donor {change.Donor}: no such contributor in seeds/contributions.csv");
            }

            if (change.Kind == DonorChangeKind.MatchAssessedShare && change.Donor.State is null)
            {
                throw new FundingSetupException($"funding change on {change.Donor}: only a state has an assessed share to match");
            }

            if (change.Kind == DonorChangeKind.Pool && change.Group is null)
            {
                throw new FundingSetupException($"pooling into {change.Donor} names no group");
            }

            if (change.Group is { } group && !world.Groups.Groups.Contains(group))
            {
                throw new FundingSetupException($"funding change pools group '{group}', which is not in seeds/groups.csv (groups: {string.Join(", ", world.Groups.Groups)})");
            }
        }
    }
}
