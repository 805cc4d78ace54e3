using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Grains;
using IomSim.Runtime;

namespace IomSim.Engine;

/// <summary>Configures each member-state grain from a roster before an item is put to the body.</summary>
internal static class MemberGrainSetup
{
    /// <summary>Each member's configuration for an item.</summary>
    /// <param name="roster">Who sits, with positions, behaviour and blocs.</param>
    /// <param name="relationTo">Each member's relations to the states that matter for the item (subject, nominators).</param>
    /// <param name="parameters">The decision model's weights.</param>
    public static StagedItem Stage(
        CouncilRoster roster,
        Func<StateCode, ImmutableDictionary<StateCode, double>> relationTo,
        DecisionParameters parameters) =>
        new(roster, [.. roster.Members.Select(member =>
            new MemberStateSetup(member, relationTo(member.Code), roster.BlocsOf.GetValueOrDefault(member.Code, []), parameters))]);

    /// <summary>Configures the members one after another, in roster order.</summary>
    /// <param name="grains">The runtime's grain factory.</param>
    /// <param name="item">The item's member set-ups.</param>
    public static async Task ConfigureAsync(IGrainFactory grains, StagedItem item)
    {
        foreach (var setup in item.Setups)
        {
            await grains.GetGrain<IMemberStateGrain>(setup.Profile.Code.Value).Configure(setup);
        }
    }
}
