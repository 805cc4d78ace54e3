using System.Collections.Immutable;
using IomSim.Web.Api;

namespace IomSim.Web.Sessions;

/// <summary>One run of a classroom session, as the class saw it.</summary>
/// <param name="Scenario">The scenario's id.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Runs">How many runs.</param>
/// <param name="Stored">How many of them went into the results store.</param>
/// <param name="Changes">The changes it was run with.</param>
/// <param name="Outcomes">Each item's outcome shares, one line each (<c>item: outcome share, ...</c>).</param>
[GenerateSerializer]
[Immutable]
[Alias("IomSim.Web.Sessions.ClassroomRun")]
public sealed record ClassroomRun(
    [property: Id(0)] string Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int Runs,
    [property: Id(3)] int Stored,
    [property: Id(4)] ImmutableArray<ChangeRequest> Changes,
    [property: Id(5)] ImmutableArray<string> Outcomes);
