using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>A member state's brief for an item: what its grain needs to form a view and decide.</summary>
/// <param name="Profile">Position and behaviour.</param>
/// <param name="Relations">Its documented relations to other states, −1 to +1, valid on the session's date.</param>
/// <param name="Blocs">The blocs it belongs to on the session's date.</param>
/// <param name="Parameters">The decision model's weights.</param>
[GenerateSerializer, Immutable, Alias("iomsim.MemberStateSetup")]
public sealed record MemberStateSetup(
    [property: Id(0)] MemberProfile Profile,
    [property: Id(1)] ImmutableDictionary<StateCode, double> Relations,
    [property: Id(2)] ImmutableArray<string> Blocs,
    [property: Id(3)] DecisionParameters Parameters);
