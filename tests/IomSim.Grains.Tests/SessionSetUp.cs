using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains.Tests;

/// <summary>Puts a roster before the grains: every member registered with the lane's Administration, and each one's brief for the item.</summary>
public static class SessionSetUp
{
    /// <summary>Registers the members in every run of <paramref name="runs"/> and returns their briefs, which the item carries to the Council.</summary>
    public static async Task<StateDictionary<MemberStateSetup>> Register(
        IGrainFactory grains,
        string lane,
        RunBatch runs,
        CouncilRoster roster,
        StateCode subject,
        DateOnly membersSince,
        DecisionParameters parameters)
    {
        await grains.GetGrain<IAdministrationGrain>(lane)
            .Register(roster.Members.ToImmutableSortedDictionary(m => m.Code, _ => membersSince), runs);
        return Briefs(roster, subject, parameters);
    }

    /// <summary>Each member's brief: its profile, its relation to the subject, its blocs.</summary>
    public static StateDictionary<MemberStateSetup> Briefs(CouncilRoster roster, StateCode subject, DecisionParameters parameters) =>
        StateDictionary.Of(roster.Members.Select(member => KeyValuePair.Create(member.Code, new MemberStateSetup(
            member,
            roster.RelationToSubject.TryGetValue(member.Code, out var weight)
                ? ImmutableDictionary<StateCode, double>.Empty.Add(subject, weight)
                : ImmutableDictionary<StateCode, double>.Empty,
            roster.BlocsOf.GetValueOrDefault(member.Code, []),
            parameters))));
}
