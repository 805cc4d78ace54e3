using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;

namespace IomSim.Engine;

/// <summary>Who sits in a voting body on a day: IOM members for the Council, UN members for the General Assembly.</summary>
public static class BodyMembership
{
    /// <summary>The members of <paramref name="body"/> on <paramref name="date"/>, in code order.</summary>
    public static ImmutableArray<StateCode> MembersOn(World world, VotingBody body, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(world);
        return body switch
        {
            VotingBody.IomCouncil => [.. world.Membership.MembersOn(date)],
            VotingBody.UnGeneralAssembly => [.. world.States.Values.Where(s => s.IsUnMemberOn(date)).Select(s => s.Code)],
            _ => throw new ArgumentOutOfRangeException(nameof(body), body, "Unknown voting body."),
        };
    }
}
