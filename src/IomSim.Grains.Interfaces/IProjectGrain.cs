using IomSim.Domain.Funding;

namespace IomSim.Grains;

/// <summary>
/// A project of one year's appeal, keyed <c>{lane}/{appeal id}</c>: in each run it takes pledges up to its cost, then
/// runs or is cancelled.
/// </summary>
[Alias("iomsim.IProjectGrain")]
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>Publishes the project in one run, with nothing pledged yet.</summary>
    [Alias("Open")]
    Task Open(Appeal appeal, RunKey run);

    /// <summary>Takes a pledge, up to what the project still needs; says how much it took and how much it refused.</summary>
    [Alias("Receive")]
    Task<PledgeReceipt> Receive(Pledge pledge, RunKey run);

    /// <summary>What the project still needs in one run.</summary>
    [Alias("Need")]
    Task<OpenAppeal> Need(RunKey run);

    /// <summary>Ends the year: the project runs if it has enough money, or is cancelled and its pledges returned.</summary>
    [Alias("Close")]
    Task<ProjectClosing> Close(FundingRules rules, RunKey run);
}
