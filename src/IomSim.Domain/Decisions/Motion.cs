using IomSim.Domain.World;

namespace IomSim.Domain.Decisions;

/// <summary>An item the Council decides on.</summary>
/// <param name="Id">Stable identifier; it keys the random streams, so it must not change between runs.</param>
/// <param name="Kind">What kind of decision it is.</param>
/// <param name="Position">Where the motion stands on the policy dimensions (for an admission, the applicant's position).</param>
/// <param name="Subject">The state the motion is about (the applicant), if any: states' relations to it count.</param>
public sealed record Motion(string Id, MotionKind Kind, PolicyPosition Position, StateCode? Subject = null);
