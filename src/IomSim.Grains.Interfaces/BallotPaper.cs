using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Grains;

/// <summary>One round of an election as a voter is asked it.</summary>
/// <param name="Brief">The voter's brief for the election.</param>
/// <param name="Election">The election.</param>
/// <param name="Standing">The candidates still standing.</param>
/// <param name="Round">The round, from 1.</param>
[GenerateSerializer, Immutable, Alias("iomsim.BallotPaper")]
public sealed record BallotPaper(
    [property: Id(0)] MemberStateSetup Brief,
    [property: Id(1)] Election Election,
    [property: Id(2)] ImmutableArray<string> Standing,
    [property: Id(3)] int Round);
