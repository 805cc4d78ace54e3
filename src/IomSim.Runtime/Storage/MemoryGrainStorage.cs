using System.Globalization;

namespace IomSim.Runtime.Storage;

/// <summary>
/// Grain storage in process memory, for tests and simulation runs. States are kept as JSON copies with a version
/// number; a cleared state keeps its version (a tombstone), so an old ETag can never match again.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId Grain, string State), StoredState> _states = [];
    private readonly GrainStateSerializer _serializer;

    /// <summary>Creates an empty store.</summary>
    public MemoryGrainStorage(GrainStateSerializer? serializer = null) => _serializer = serializer ?? GrainStateSerializer.Default;

    /// <inheritdoc />
    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(grainState);
        StoredState? stored;
        lock (_lock)
        {
            stored = _states.GetValueOrDefault((grainId, stateName));
        }

        try
        {
            grainState.State = stored?.Json is { } json ? _serializer.Deserialize<TState>(json) : new TState();
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }

        grainState.ETag = stored is null ? null : ETagOf(stored.Version);
        grainState.RecordExists = stored?.Json is not null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            var json = _serializer.Serialize(grainState.State);
            grainState.ETag = Replace(stateName, grainId, grainState.ETag, json);
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
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            grainState.ETag = Replace(stateName, grainId, grainState.ETag, json: null);
            grainState.State = new TState();
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    private string Replace(string stateName, GrainId grainId, string? expectedETag, string? json)
    {
        lock (_lock)
        {
            var key = (grainId, stateName);
            var stored = _states.GetValueOrDefault(key);
            var storedETag = stored is null ? null : ETagOf(stored.Version);
            if (storedETag != expectedETag)
            {
                throw new InconsistentStateException(grainId, stateName, storedETag, expectedETag);
            }

            var version = (stored?.Version ?? 0) + 1;
            _states[key] = new StoredState(version, json);
            return ETagOf(version);
        }
    }

    private static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredState(long Version, string? Json);
}
