using System.Collections.Immutable;
using IomSim.Web.Api;

namespace IomSim.Web.Sessions;

/// <summary>
/// A class's session on the dashboard, keyed by its id: the scenario it plays, the stances and events it has changed,
/// and its runs. Its state is persistent (memory when embedded, Redis in the compose stack), so a restart loses
/// nothing; a write made on a stale copy fails with Orleans' <c>InconsistentStateException</c> rather than overwrite.
/// </summary>
[Alias("IomSim.Web.Sessions.IClassroomSessionGrain")]
public interface IClassroomSessionGrain : IGrainWithStringKey
{
    /// <summary>The session as stored (empty, version 0, before its first write).</summary>
    [Alias("Read")]
    Task<ClassroomSession> Read();

    /// <summary>Sets the scenario and the changes the class has made to it, replacing the previous ones.</summary>
    [Alias("Change")]
    Task<ClassroomSession> Change(string scenario, ImmutableArray<ChangeRequest> changes);

    /// <summary>Adds a finished run, with the changes it was run with, which become the session's changes.</summary>
    [Alias("Record")]
    Task<ClassroomSession> Record(ClassroomRun run);
}
