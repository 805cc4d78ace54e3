namespace IomSim.Domain.Procedure;

/// <summary>How many votes a decision needs (IOM Constitution Art. 29: majorities are of members present and voting).</summary>
public enum MajorityRule
{
    /// <summary>More votes in favour than against.</summary>
    SimpleMajority,

    /// <summary>At least two thirds of the votes cast in favour (admission, Art. 2(b); DG election, Art. 18).</summary>
    TwoThirds,
}
