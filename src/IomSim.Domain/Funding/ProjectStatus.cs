namespace IomSim.Domain.Funding;

/// <summary>Where a project stands in its year.</summary>
public enum ProjectStatus
{
    /// <summary>Published in an appeal; no money yet.</summary>
    Unfunded,

    /// <summary>Some money, less than its cost.</summary>
    PartlyFunded,

    /// <summary>Its whole cost pledged.</summary>
    Funded,

    /// <summary>Started: enough money to start (<see cref="FundingRules.MinimumCoverageToStart"/>); its money is spent.</summary>
    Running,

    /// <summary>Run and finished at the end of its year.</summary>
    Closed,

    /// <summary>Never started, too little money; what was pledged went back to the donors.</summary>
    Cancelled,
}
