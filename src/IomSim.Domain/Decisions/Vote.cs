namespace IomSim.Domain.Decisions;

/// <summary>What a member did in a formal vote.</summary>
// A byte, like DecisionReason, so that a MemberDecision fits in 16 bytes (see there).
public enum Vote : byte
{
    /// <summary>In favour.</summary>
    Yes,

    /// <summary>Against.</summary>
    No,

    /// <summary>Present, not voting for or against: not a vote cast.</summary>
    Abstain,

    /// <summary>Not present.</summary>
    Absent,

    /// <summary>Present but without the right to vote (arrears).</summary>
    NotEntitled,
}
