using System.Collections.Immutable;
using IomSim.Domain.Funding;
using Orleans.Placement;

namespace IomSim.Grains;

/// <summary>A contributor that is not a state: holds each run's money and priorities for the year and pledges by the funding rules.</summary>
[GrainType("contributor")]
[PreferLocalPlacement]
public sealed class ContributorGrain : Grain, IContributorGrain
{
    private readonly PerRun<DonorSetup?> _finances = new(() => null);

    /// <inheritdoc />
    public Task ConfigureFinances(DonorSetup setup, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var donor = LaneKeys.OwnId(this.GetPrimaryKeyString());
        if (setup.Budget.Donor.Value != donor)
        {
            throw new ArgumentException($"Contributor grain {donor} was given the budget of {setup.Budget.Donor}.", nameof(setup));
        }

        _finances[run] = setup;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run)
    {
        var finances = _finances[run]
            ?? throw new InvalidOperationException($"Contributor {LaneKeys.OwnId(this.GetPrimaryKeyString())} was asked to pledge before it was given its budget.");
        return Task.FromResult(PledgePlanner.Plan(
            finances.Budget, finances.Priorities, open, s => finances.Interests.GetValueOrDefault(s), finances.PledgeNoise, run.Seed, run.Run));
    }
}
