using System.Collections.Immutable;

namespace IomSim.Grains;

/// <summary>A member's own view of a motion and the blocs it belongs to.</summary>
/// <param name="Utility">Its base utility: baseline, distance, relation, donors; no blocs, no chance.</param>
/// <param name="Blocs">Its blocs on the session's date.</param>
[GenerateSerializer, Immutable, Alias("iomsim.MemberAssessment")]
public readonly record struct MemberAssessment([property: Id(0)] double Utility, [property: Id(1)] ImmutableArray<string> Blocs);
