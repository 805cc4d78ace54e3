using System.Runtime.InteropServices;

namespace IomSim.Domain.Decisions;

/// <summary>One member's response to a motion: whether it is there, whether it objects, how it votes, and why.</summary>
/// <param name="Present">Whether the member attends.</param>
/// <param name="Utility">Its utility for the motion, random term included.</param>
/// <param name="ObjectsToConsensus">Whether it objects to adoption without a vote.</param>
/// <param name="RequestsFormalVote">Whether, objecting, it insists on a formal vote.</param>
/// <param name="Vote">How it would vote if there is a formal vote.</param>
/// <param name="Reason">The largest contribution to its utility, for the narrative.</param>
// Laid out by the runtime (the utility first, then five bytes): 16 bytes instead of 32 in declaration order. Every member
// of every run hands one back through a ValueTask, which the call path copies a few times over; the smaller it is, the
// cheaper those copies (profiled: the copies of a 32-byte one stalled on store forwarding).
[StructLayout(LayoutKind.Auto)]
public readonly record struct MemberDecision(
    bool Present,
    double Utility,
    bool ObjectsToConsensus,
    bool RequestsFormalVote,
    Vote Vote,
    DecisionReason Reason);
