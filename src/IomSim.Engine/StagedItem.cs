using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Grains;

namespace IomSim.Engine;

/// <summary>What an agenda item needs in every run before it is put to the body: the roster and each member's brief.</summary>
/// <param name="Roster">Who sits, with positions, behaviour, blocs and relations.</param>
/// <param name="Briefs">Each member's brief, by code.</param>
internal sealed record StagedItem(CouncilRoster Roster, StateDictionary<MemberStateSetup> Briefs)
{
    /// <summary>The members' codes and vote names that every run's votes on this item share.</summary>
    public StateLabelTable Votes { get; } = new();

    /// <summary>The members' codes and reason names that every run's reasons on this item share.</summary>
    public StateLabelTable Reasons { get; } = new();
}
