using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>An item on a Council session's agenda.</summary>
/// <param name="Motion">What is to be decided.</param>
/// <param name="Date">The session's date: it fixes who is a member and who may vote.</param>
public sealed record AgendaItem(Motion Motion, DateOnly Date)
{
    /// <summary>Members that ask for a formal vote whatever their own view (a request on record).</summary>
    public ImmutableHashSet<StateCode> FormalVoteRequestedBy { get; init; } = [];
}
