using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>An election on a Council session's agenda.</summary>
/// <param name="Election">The candidates.</param>
/// <param name="Date">The session's date: it fixes who is a member and who may vote.</param>
/// <param name="Briefs">Each sitting member's brief for the election (profile, relations to the nominators, blocs).</param>
[GenerateSerializer, Immutable, Alias("iomsim.ElectionItem")]
public sealed record ElectionItem(
    [property: Id(0)] Election Election,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] StateDictionary<MemberStateSetup> Briefs);
