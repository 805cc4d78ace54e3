namespace IomSim.Domain.World;

/// <summary>A documented membership count after a Council decision.</summary>
/// <param name="Date">The day.</param>
/// <param name="Event">What happened.</param>
/// <param name="MembersAfter">The number of members after it, by the source.</param>
/// <param name="Source">The source.</param>
public sealed record MembershipMilestone(DateOnly Date, string Event, int MembersAfter, string Source);
