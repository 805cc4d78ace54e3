namespace IomSim.Runtime.Storage;

/// <summary>
/// In-memory storage that keeps each grain's state object itself, not a serialized copy: for a runtime that lives for
/// one simulation run, where nothing is read back after the process ends and serializing every write is pure cost.
/// Sound only for state types that are never changed in place (records replaced with <c>with</c>, immutable
/// collections), which is what the grains here use; ETags behave as in <see cref="MemoryGrainStorage"/>, so a stale
/// write is refused the same way. Each runtime gets its own instance.
/// </summary>
public sealed class ReferenceGrainStorage : IGrainStorage, IClearableGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId Grain, string State), (long Version, object? State)> _states = [];

    /// <inheritdoc/>
    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        lock (_lock)
        {
            var found = _states.TryGetValue((grainId, stateName), out var stored);
            grainState.State = found && stored.State is TState state ? state : new TState();
            grainState.ETag = found ? ETagOf(stored.Version) : null;
            grainState.RecordExists = found && stored.State is not null;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            grainState.ETag = ETagOf(Replace(stateName, grainId, grainState.ETag, grainState.State));
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }
        catch (InconsistentStateException error)
        {
            return Task.FromException(error);
        }
    }

    /// <inheritdoc/>
    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            grainState.ETag = ETagOf(Replace(stateName, grainId, grainState.ETag, state: null));
            grainState.State = new TState();
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }
        catch (InconsistentStateException error)
        {
            return Task.FromException(error);
        }
    }

    private long Replace(string stateName, GrainId grainId, string? expectedETag, object? state)
    {
        lock (_lock)
        {
            var key = (grainId, stateName);
            var version = StateVersion.Next(grainId, stateName, _states.TryGetValue(key, out var stored) ? stored.Version : null, expectedETag);
            _states[key] = (version, state);
            return version;
        }
    }

    private static string ETagOf(long version) => StateVersion.ETagOf(version);

    /// <inheritdoc/>
    public void Clear()
    {
        lock (_lock)
        {
            _states.Clear();
        }
    }
}
