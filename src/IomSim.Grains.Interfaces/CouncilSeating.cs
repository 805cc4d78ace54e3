using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>What the Council needs from the register for one run on a session's day.</summary>
/// <param name="Members">The members, in code order.</param>
/// <param name="NotEntitled">Members who may not vote because of their arrears.</param>
/// <param name="Ties">Who received money from whom in the run's latest budget year.</param>
[GenerateSerializer, Immutable, Alias("iomsim.CouncilSeating")]
public sealed record CouncilSeating(
    [property: Id(0)] ImmutableArray<StateCode> Members,
    [property: Id(1)] ImmutableHashSet<StateCode> NotEntitled,
    [property: Id(2)] FundingTies Ties);
