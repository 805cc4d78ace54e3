using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Grains;

namespace IomSim.Engine;

/// <summary>Stages an item: the roster and each member's brief, which the Council hands to the member grains.</summary>
internal static class MemberBriefs
{
    /// <summary>The roster and each member's brief for an item.</summary>
    /// <param name="roster">Who sits, with positions, behaviour and blocs.</param>
    /// <param name="relationTo">Each member's relations to the states that matter for the item (subject, nominators).</param>
    /// <param name="parameters">The decision model's weights.</param>
    public static StagedItem Stage(
        CouncilRoster roster,
        Func<StateCode, ImmutableDictionary<StateCode, double>> relationTo,
        DecisionParameters parameters) =>
        new(roster, StateDictionary.Of(
            [.. roster.Members.Select(member => member.Code)],
            [.. roster.Members.Select(member =>
                new MemberStateSetup(member, relationTo(member.Code), roster.BlocsOf.GetValueOrDefault(member.Code, []), parameters))]));
}
