using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Grains;

/// <summary>A member's decisions on an item, one per run it sits in, in the order of <see cref="MemberSittings.Places"/>.</summary>
/// <param name="ByRun">The decisions.</param>
[GenerateSerializer, Immutable, Alias("iomsim.MemberDecisions")]
public sealed record MemberDecisions([property: Id(0)] ImmutableArray<MemberDecision> ByRun);
