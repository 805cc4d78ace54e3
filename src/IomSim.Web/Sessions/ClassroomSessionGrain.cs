namespace IomSim.Web.Sessions;

/// <summary>
/// The classroom session grain: its state in the grain storage named <see cref="StorageName"/>, written on every
/// change. Orleans checks the stored ETag on each write, so a write from a copy that another has overtaken throws
/// <c>InconsistentStateException</c> to the caller (and Orleans drops the stale activation, so the next call reads afresh).
/// </summary>
internal sealed class ClassroomSessionGrain(
    [PersistentState("session", ClassroomSessionGrain.StorageName)] IPersistentState<ClassroomSession> session) : Grain, IClassroomSessionGrain
{
    /// <summary>The grain storage the sessions live in (memory embedded, Redis in a cluster).</summary>
    public const string StorageName = Grains.ClusterSetup.SessionStorage;

    /// <summary>How many runs a session keeps: a lesson's worth.</summary>
    public const int MaxRuns = 200;

    /// <inheritdoc />
    public Task<ClassroomSession> Read() => Task.FromResult(Current);

    /// <inheritdoc />
    public Task<ClassroomSession> Change(string scenario, System.Collections.Immutable.ImmutableArray<Api.ChangeRequest> changes) =>
        Write(Current with { Scenario = scenario, Changes = changes });

    /// <inheritdoc />
    public Task<ClassroomSession> Record(ClassroomRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runs = Current.Runs.Add(run);
        return Write(Current with
        {
            Scenario = run.Scenario,
            Changes = run.Changes,
            Runs = runs.Length > MaxRuns ? runs[^MaxRuns..] : runs,
        });
    }

    // A state never written reads as null from some storages and as a default record from others.
    private ClassroomSession Current => session.State is { Changes.IsDefault: false } state ? state : ClassroomSession.Empty;

    private async Task<ClassroomSession> Write(ClassroomSession next)
    {
        var before = session.State;
        session.State = next with { Version = Current.Version + 1 };
        try
        {
            await session.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            // Not written: the copy in memory stays what the storage last confirmed.
            session.State = before;
            throw;
        }

        return session.State;
    }
}
