using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Reports.Charts;
using IomSim.Scenarios.Model;

namespace IomSim.Reports;

/// <summary>How a body's membership grew, from the world's seeds: IOM membership spells for the Council, UN admission dates for the General Assembly.</summary>
public static class MembershipHistory
{
    /// <summary>One point per day the count changed, up to <paramref name="until"/>, in date order.</summary>
    public static ImmutableArray<MembershipPoint> Of(World world, VotingBody body, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(world);
        var changes = body == VotingBody.UnGeneralAssembly
            ? world.States.Values.Where(s => s.UnMemberFrom is not null).Select(s => s.UnMemberFrom!.Value)
            : world.Membership.Spells.Where(s => s.Status == MembershipStatus.Member)
                .SelectMany(s => s.Until is { } end ? new[] { s.FromLatest, end } : [s.FromLatest]);
        var points = ImmutableArray.CreateBuilder<MembershipPoint>();
        foreach (var day in changes.Where(d => d <= until).Distinct().Order())
        {
            var members = Engine.BodyMembership.MembersOn(world, body, day).Length;
            if (points.Count == 0 || points[^1].Members != members)
            {
                points.Add(new MembershipPoint(day, members));
            }
        }

        return points.ToImmutable();
    }

    /// <summary>
    /// The same from <paramref name="from"/> on: a first point with the count that day, then every change up to
    /// <paramref name="until"/>, so a chart can zoom to a scenario's years instead of the body's whole history.
    /// </summary>
    public static ImmutableArray<MembershipPoint> Of(World world, VotingBody body, DateOnly from, DateOnly until)
    {
        var all = Of(world, body, until);
        var start = new MembershipPoint(from, Engine.BodyMembership.MembersOn(world, body, from).Length);
        return [start, .. all.Where(p => p.Date > from)];
    }
}
