namespace IomSim.Domain.World;

/// <summary>Where a value in the world's data comes from.</summary>
public enum ValueBasis
{
    /// <summary>Estimated from UN General Assembly roll calls.</summary>
    RollCalls,

    /// <summary>A vote recorded by a named source.</summary>
    DocumentedVote,

    /// <summary>Stated in a named document, page or official text.</summary>
    Documented,

    /// <summary>Taken or derived mechanically from a named dataset.</summary>
    Dataset,

    /// <summary>Inferred from other sourced facts; the reasoning is recorded with the value.</summary>
    Inferred,

    /// <summary>A default for a regional group, used where the state has no value of its own.</summary>
    RegionalDefault,

    /// <summary>A stated modelling assumption, not a fact.</summary>
    ModellingAssumption,

    /// <summary>Filled in from general knowledge by the compiler of a reference file and still to be checked.</summary>
    GeneralKnowledge,
}
