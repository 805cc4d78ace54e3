namespace IomSim.Domain.Procedure;

/// <summary>How an agenda item ended.</summary>
public enum ItemOutcome
{
    /// <summary>Adopted without a vote: nobody asked for one.</summary>
    AdoptedByConsensus,

    /// <summary>Adopted in a formal vote.</summary>
    AdoptedByVote,

    /// <summary>Rejected in a formal vote.</summary>
    RejectedByVote,

    /// <summary>The formal vote was invalid: too few members took part.</summary>
    NoQuorum,
}
