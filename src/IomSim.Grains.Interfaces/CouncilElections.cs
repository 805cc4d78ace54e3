using System.Collections.Immutable;
using IomSim.Domain.Procedure;

namespace IomSim.Grains;

/// <summary>The result of an election in every run of a batch, by place in the batch.</summary>
/// <param name="ByRun">The results.</param>
[GenerateSerializer, Immutable, Alias("iomsim.CouncilElections")]
public sealed record CouncilElections([property: Id(0)] ImmutableArray<ElectionResult> ByRun);
