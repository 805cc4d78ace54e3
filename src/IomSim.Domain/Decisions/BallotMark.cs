namespace IomSim.Domain.Decisions;

/// <summary>What a member's ballot in an election round says.</summary>
public enum BallotMark : byte
{
    /// <summary>A vote for a candidate.</summary>
    For,

    /// <summary>A vote against the only candidate (a yes-or-no ballot).</summary>
    Against,

    /// <summary>A blank ballot: present and voting, counted apart, not a vote cast.</summary>
    Blank,

    /// <summary>No ballot: the member was not there.</summary>
    Absent,
}
