using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>A contributor that is not a state: holds its money and priorities for the year and pledges by the funding rules.</summary>
[GrainType("contributor")]
public sealed class ContributorGrain : Grain, IContributorGrain, IResettableGrain
{
    private DonorSetup? _finances;

    /// <inheritdoc/>
    public void Reset() => _finances = null;

    /// <inheritdoc />
    public Task ConfigureFinances(DonorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Budget.Donor.Value != GetPrimaryKeyString())
        {
            throw new ArgumentException($"Contributor grain {GetPrimaryKeyString()} was given the budget of {setup.Budget.Donor}.", nameof(setup));
        }

        _finances = setup;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run)
    {
        var finances = _finances ?? throw new InvalidOperationException($"Contributor {GetPrimaryKeyString()} was asked to pledge before it was given its budget.");
        return Task.FromResult(PledgePlanner.Plan(
            finances.Budget, finances.Priorities, open, s => finances.Interests.GetValueOrDefault(s), finances.PledgeNoise, run.Seed, run.Run));
    }
}
