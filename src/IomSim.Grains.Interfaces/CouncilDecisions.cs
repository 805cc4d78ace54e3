using System.Collections.Immutable;
using IomSim.Domain.Procedure;

namespace IomSim.Grains;

/// <summary>The Council's result on an item in every run of a batch, by place in the batch.</summary>
/// <param name="ByRun">The results.</param>
[GenerateSerializer, Immutable, Alias("iomsim.CouncilDecisions")]
public sealed record CouncilDecisions([property: Id(0)] ImmutableArray<AgendaItemResult> ByRun);
