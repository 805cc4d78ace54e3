using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>An item on a Council session's agenda.</summary>
/// <param name="Motion">What is to be decided.</param>
/// <param name="Date">The session's date: it fixes who is a member and who may vote.</param>
/// <param name="Briefs">
/// Each sitting member's brief for the item (profile, relations, blocs on the day), which the Council hands it with
/// every question; a member who sits without one cannot be asked.
/// </param>
public sealed record AgendaItem(Motion Motion, DateOnly Date, StateDictionary<MemberStateSetup> Briefs)
{
    /// <summary>Members that ask for a formal vote whatever their own view (a request on record).</summary>
    public ImmutableHashSet<StateCode> FormalVoteRequestedBy { get; init; } = [];
}
