namespace IomSim.Runtime.Storage;

/// <summary>
/// What every provider here shares: states stored as JSON copies with a version number as ETag, optimistic concurrency
/// on that ETag, and cleared states kept as tombstones so that an old ETag never matches again. A provider only says
/// how to load a stored state and how to replace one atomically.
/// </summary>
public abstract class JsonGrainStorage : IGrainStorage
{
    private readonly GrainStateSerializer _serializer;

    /// <summary>Creates the provider with a serializer, or the default one.</summary>
    protected JsonGrainStorage(GrainStateSerializer? serializer) => _serializer = serializer ?? GrainStateSerializer.Default;

    /// <inheritdoc />
    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            var stored = Load(stateName, grainId);
            grainState.State = stored?.Json is { } json ? _serializer.Deserialize<TState>(json) : new TState();
            grainState.ETag = stored is { } found ? ETagOf(found.Version) : null;
            grainState.RecordExists = stored?.Json is not null;
            return Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    /// <inheritdoc />
    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            var json = _serializer.Serialize(grainState.State);
            grainState.ETag = ETagOf(Replace(stateName, grainId, grainState.ETag, json));
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    /// <inheritdoc />
    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            grainState.ETag = ETagOf(Replace(stateName, grainId, grainState.ETag, json: null));
            grainState.State = new TState();
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    /// <summary>The stored state, or null when none was ever stored.</summary>
    protected abstract StoredGrainState? Load(string stateName, GrainId grainId);

    /// <summary>
    /// Atomically: reads the stored version, checks it with <see cref="NextVersion"/>, and stores <paramref name="json"/>
    /// (null for a tombstone) under the version that returns. Returns the new version.
    /// </summary>
    protected abstract long Replace(string stateName, GrainId grainId, string? expectedETag, string? json);

    /// <summary>The version a replacement gets, if the caller's ETag is the stored one; otherwise throws.</summary>
    /// <exception cref="InconsistentStateException">The ETag is stale.</exception>
    protected static long NextVersion(GrainId grainId, string stateName, StoredGrainState? stored, string? expectedETag) =>
        StateVersion.Next(grainId, stateName, stored?.Version, expectedETag);

    private static string ETagOf(long version) => StateVersion.ETagOf(version);
}
