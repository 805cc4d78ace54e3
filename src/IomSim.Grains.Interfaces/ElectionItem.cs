using IomSim.Domain.Decisions;

namespace IomSim.Grains;

/// <summary>An election on a Council session's agenda.</summary>
/// <param name="Election">The candidates.</param>
/// <param name="Date">The session's date: it fixes who is a member and who may vote.</param>
public sealed record ElectionItem(Election Election, DateOnly Date);
