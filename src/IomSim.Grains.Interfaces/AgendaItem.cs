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
[GenerateSerializer, Immutable, Alias("iomsim.AgendaItem")]
public sealed record AgendaItem(
    [property: Id(0)] Motion Motion,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] StateDictionary<MemberStateSetup> Briefs)
{
    /// <summary>Members that ask for a formal vote whatever their own view (a request on record).</summary>
    [Id(3)]
    public ImmutableHashSet<StateCode> FormalVoteRequestedBy { get; init; } = [];
}
