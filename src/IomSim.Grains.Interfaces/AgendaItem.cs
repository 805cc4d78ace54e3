using IomSim.Domain.Decisions;

namespace IomSim.Grains;

/// <summary>An item on a Council session's agenda.</summary>
/// <param name="Motion">What is to be decided.</param>
/// <param name="Date">The session's date: it fixes who is a member and who may vote.</param>
public sealed record AgendaItem(Motion Motion, DateOnly Date);
