using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>An election on a Council session's agenda.</summary>
/// <param name="Election">The candidates.</param>
/// <param name="Date">The session's date: it fixes who is a member and who may vote.</param>
/// <param name="Briefs">Each sitting member's brief for the election (profile, relations to the nominators, blocs).</param>
public sealed record ElectionItem(Election Election, DateOnly Date, StateDictionary<MemberStateSetup> Briefs);
