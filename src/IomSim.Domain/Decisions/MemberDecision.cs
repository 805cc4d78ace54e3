namespace IomSim.Domain.Decisions;

/// <summary>One member's response to a motion: whether it is there, whether it objects, how it votes, and why.</summary>
/// <param name="Present">Whether the member attends.</param>
/// <param name="Utility">Its utility for the motion, random term included.</param>
/// <param name="ObjectsToConsensus">Whether it objects to adoption without a vote.</param>
/// <param name="RequestsFormalVote">Whether, objecting, it insists on a formal vote.</param>
/// <param name="Vote">How it would vote if there is a formal vote.</param>
/// <param name="Reason">The largest contribution to its utility, for the narrative.</param>
public readonly record struct MemberDecision(
    bool Present,
    double Utility,
    bool ObjectsToConsensus,
    bool RequestsFormalVote,
    Vote Vote,
    DecisionReason Reason);
