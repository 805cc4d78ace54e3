using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime;

namespace IomSim.Grains.Tests;

/// <summary>Puts a roster into grains: each member state configured, all registered with the Administration.</summary>
public static class SessionSetUp
{
    public static async Task Configure(
        IGrainFactory grains,
        CouncilRoster roster,
        StateCode subject,
        DateOnly membersSince,
        DecisionParameters parameters,
        string organisation = "iom")
    {
        foreach (var member in roster.Members)
        {
            var relations = roster.RelationToSubject.TryGetValue(member.Code, out var weight)
                ? ImmutableDictionary<StateCode, double>.Empty.Add(subject, weight)
                : ImmutableDictionary<StateCode, double>.Empty;
            await grains.GetGrain<IMemberStateGrain>(member.Code.Value)
                .Configure(new MemberStateSetup(member, relations, roster.BlocsOf.GetValueOrDefault(member.Code, []), parameters));
        }

        await grains.GetGrain<IAdministrationGrain>(organisation)
            .Register(roster.Members.ToImmutableSortedDictionary(m => m.Code, _ => membersSince));
    }
}
