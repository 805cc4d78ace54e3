using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>What the decision model needs to know about one member state.</summary>
/// <param name="Code">The state.</param>
/// <param name="Position">Its position on the policy dimensions.</param>
/// <param name="ConsensusBreakPropensity">How readily, when it objects, it asks for a formal vote (0–1).</param>
/// <param name="AbstentionBand">Half-width of the utility band around zero in which it abstains (≥ 0).</param>
/// <param name="Attendance">Probability of being present (0–1).</param>
public sealed record MemberProfile(
    StateCode Code,
    PolicyPosition Position,
    double ConsensusBreakPropensity,
    double AbstentionBand,
    double Attendance);
