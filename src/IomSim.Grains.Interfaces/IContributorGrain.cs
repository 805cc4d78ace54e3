using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// A contributor that is not a state (the EU, UN pooled funds, the private sector…), keyed by its donor id: it pledges
/// its voluntary money to the projects it prefers. States pledge through <see cref="IMemberStateGrain"/>.
/// </summary>
public interface IContributorGrain : IGrainWithStringKey
{
    /// <summary>Gives the contributor its money and priorities for a year.</summary>
    Task ConfigureFinances(DonorSetup setup);

    /// <summary>Its pledges to the open appeals, drawn from the run's keyed random streams.</summary>
    Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run);
}
