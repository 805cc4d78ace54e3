namespace IomSim.Domain.World;

/// <summary>A state's standing in IOM.</summary>
public enum MembershipStatus
{
    /// <summary>A member state: sits and votes on the Council.</summary>
    Member,

    /// <summary>An observer state: may attend, does not vote.</summary>
    Observer,
}
