namespace IomSim.Domain.Procedure;

/// <summary>How a candidate left alone (from the start, or after the others withdrew or were eliminated) is elected.</summary>
public enum LoneCandidateRule
{
    /// <summary>By acclamation: no ballot.</summary>
    Acclamation,

    /// <summary>By a yes-or-no ballot needing two thirds of the votes cast.</summary>
    Ballot,
}
