using System.Collections.Immutable;
using IomSim.Web.Api;

namespace IomSim.Web.Sessions;

/// <summary>A classroom session as stored: what the class has changed and what it has run.</summary>
/// <param name="Version">How many writes the session has had (0: never written).</param>
/// <param name="Scenario">The scenario's id, or null before the first write.</param>
/// <param name="Changes">The changes, in the order they apply.</param>
/// <param name="Runs">The runs, oldest first (the last <see cref="ClassroomSessionGrain.MaxRuns"/>).</param>
[GenerateSerializer]
[Immutable]
[Alias("IomSim.Web.Sessions.ClassroomSession")]
public sealed record ClassroomSession(
    [property: Id(0)] int Version,
    [property: Id(1)] string? Scenario,
    [property: Id(2)] ImmutableArray<ChangeRequest> Changes,
    [property: Id(3)] ImmutableArray<ClassroomRun> Runs)
{
    /// <summary>A session never written.</summary>
    public static ClassroomSession Empty { get; } = new(0, null, [], []);
}
