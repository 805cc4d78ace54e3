using System.Collections.Immutable;

namespace IomSim.Grains;

/// <summary>The Council's seating in every run of a batch, by place in the batch.</summary>
/// <param name="ByRun">The seatings; runs whose registers agree share one seating object.</param>
[GenerateSerializer, Immutable, Alias("iomsim.CouncilSeatings")]
public sealed record CouncilSeatings([property: Id(0)] ImmutableArray<CouncilSeating> ByRun);
