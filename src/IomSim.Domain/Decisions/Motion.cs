using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>An item the Council (or the General Assembly) decides on.</summary>
/// <param name="Id">Stable identifier; it keys the random streams, so it must not change between runs.</param>
/// <param name="Kind">What kind of decision it is.</param>
/// <param name="Position">
/// Where the motion stands on the policy dimensions when it is not placed from roll calls: for an admission the
/// applicant's position; otherwise a hand-set one (an assumption).
/// </param>
/// <param name="Subject">The state the motion is about (the applicant), if any: states' relations to it count.</param>
public sealed record Motion(string Id, MotionKind Kind, PolicyPosition Position, StateCode? Subject = null)
{
    /// <summary>
    /// Its item parameters when placed from earlier roll calls (by symbol or issue, <see cref="MotionPlacement"/>); null
    /// when it is weighed by distance from <see cref="Position"/> (an admission, or a hand-set position).
    /// </summary>
    public ItemParameters? Item { get; init; }

    /// <summary>The issue codes whose ideal points and habits apply (those of the roll calls it was placed from); empty: overall habits.</summary>
    public ImmutableArray<string> Issues { get; init; } = [];

    /// <summary>
    /// Added to every member's log-odds of not voting: 0, or the shift that makes the expected turnout the documented
    /// one when a scenario gives it as an input (<see cref="Procedure.DocumentedTurnout"/>).
    /// </summary>
    public double NotVotingShift { get; init; }
}
