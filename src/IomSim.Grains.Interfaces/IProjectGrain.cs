using IomSim.Domain.Funding;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>A project of one year's appeal, keyed by its appeal id: it takes pledges up to its cost, then runs or is cancelled.</summary>
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>Publishes the project, with nothing pledged yet.</summary>
    Task Open(Appeal appeal);

    /// <summary>Takes a pledge, up to what the project still needs; says how much it took and how much it refused.</summary>
    Task<PledgeReceipt> Receive(Pledge pledge);

    /// <summary>What the project still needs.</summary>
    Task<OpenAppeal> Need();

    /// <summary>Ends the year: the project runs if it has enough money, or is cancelled and its pledges returned.</summary>
    Task<ProjectClosing> Close(FundingRules rules);
}
