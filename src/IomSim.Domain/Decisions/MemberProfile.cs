using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>What the decision model needs to know about one member state.</summary>
/// <param name="Code">The state.</param>
/// <param name="Position">Its position on the policy dimensions, −1 to +1 (admissions and hand-set motions are weighed by distance in it).</param>
/// <param name="ConsensusBreakPropensity">How readily, when it objects, it asks for a formal vote (0–1).</param>
/// <param name="AbstentionBand">
/// Half-width of the utility band around zero in which it abstains (≥ 0): in an election ballot, and, on the logit
/// scale and widened by its abstention spread from the UN roll calls, on a motion weighed by distance.
/// </param>
/// <param name="Attendance">Probability of being present at an election ballot (0–1); motions use <see cref="Habits"/>, which default to it.</param>
public sealed record MemberProfile(
    StateCode Code,
    PolicyPosition Position,
    double ConsensusBreakPropensity,
    double AbstentionBand,
    double Attendance)
{
    /// <summary>
    /// Its ideal points in the roll-call model (general and by issue), for motions placed from roll calls; the origin
    /// (the average state) when it has no UN record.
    /// </summary>
    public MemberIdealPoints IdealPoints { get; init; } = MemberIdealPoints.Average;

    /// <summary>
    /// Its habits of not voting and abstaining, overall and by issue, from the UN roll calls. Without a record: the
    /// average habit with <see cref="Attendance"/> for not voting. A scenario's attendance, or a request for a vote on
    /// record, replaces the not-voting rate.
    /// </summary>
    public MemberHabits Habits { get; init; } = MemberHabits.Average.Attending(Attendance);
}
