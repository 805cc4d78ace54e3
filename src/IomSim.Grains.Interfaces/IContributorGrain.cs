using System.Collections.Immutable;
using IomSim.Domain.Funding;

namespace IomSim.Grains;

/// <summary>
/// A contributor that is not a state (the EU, UN pooled funds, the private sector…), keyed <c>{lane}/{donor id}</c>:
/// it pledges its voluntary money to the projects it prefers. States pledge through <see cref="IMemberStateGrain"/>.
/// </summary>
[Alias("iomsim.IContributorGrain")]
public interface IContributorGrain : IGrainWithStringKey
{
    /// <summary>Gives the contributor its money and priorities for a year of one run.</summary>
    [Alias("ConfigureFinances")]
    Task ConfigureFinances(DonorSetup setup, RunKey run);

    /// <summary>Its pledges to the open appeals in one run, drawn from the run's keyed random streams.</summary>
    [Alias("Pledge")]
    Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run);
}
