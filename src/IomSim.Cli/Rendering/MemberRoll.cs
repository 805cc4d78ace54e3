using System.Collections.Immutable;
using IomSim.Cli.Output;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Rendering;

/// <summary>Who sat in a body on a day, with when each joined, its blocs and its position: what <c>members</c> prints.</summary>
/// <param name="Body">The body.</param>
/// <param name="Date">The day.</param>
/// <param name="Members">The members, by code.</param>
internal sealed record MemberRoll(VotingBody Body, DateOnly Date, ImmutableArray<MemberRow> Members)
{
    /// <summary>The body's name as files write it (<c>iom-council</c>, <c>unga</c>).</summary>
    public string BodyName => ScenarioFormat.BodyName(Body);

    /// <summary>The name of the join-date field: <c>joined</c> (IOM) or <c>un_member_from</c> (UN).</summary>
    public string SinceField => Body == VotingBody.IomCouncil ? "joined" : "un_member_from";

    /// <summary>The members of <paramref name="body"/> on <paramref name="date"/>.</summary>
    public static MemberRoll Of(World world, VotingBody body, DateOnly date)
    {
        var rows = BodyMembership.MembersOn(world, body, date).Select(code =>
        {
            var state = world.States[code];
            var position = world.Positions.TryGetValue(code, out var p) ? p.Position : (PolicyPosition?)null;
            return new MemberRow(
                code.Value,
                state.Name,
                body == VotingBody.IomCouncil ? Joined(world, code, date) : state.UnMemberFrom is { } from ? Numbers.Date(from) : string.Empty,
                world.Groups.GroupsOf(code, date),
                position?.Alignment,
                position?.Rights);
        });
        return new MemberRoll(body, date, [.. rows]);
    }

    // The start of the membership spell holding on the day: a day, a whole year, or an ISO 8601 interval when uncertain.
    private static string Joined(World world, StateCode code, DateOnly date)
    {
        var spell = world.Membership.SpellsOf(code).FirstOrDefault(s => s.Status == MembershipStatus.Member && s.HoldsOn(date));
        if (spell is null)
        {
            return string.Empty;
        }

        var latest = spell.FromLatest;
        return spell.FromEarliest switch
        {
            null => $"../{Numbers.Date(latest)}",
            { } earliest when earliest == latest => Numbers.Date(latest),
            { } earliest when earliest == new DateOnly(latest.Year, 1, 1) && latest == new DateOnly(latest.Year, 12, 31) =>
                latest.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            { } earliest => $"{Numbers.Date(earliest)}/{Numbers.Date(latest)}",
        };
    }
}
