namespace IomSim.Runtime.Storage;

/// <summary>Grain storage in process memory, for tests and simulation runs.</summary>
public sealed class MemoryGrainStorage : JsonGrainStorage, IClearableGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId Grain, string State), StoredGrainState> _states = [];

    /// <summary>Creates an empty store.</summary>
    public MemoryGrainStorage(GrainStateSerializer? serializer = null)
        : base(serializer)
    {
    }

    /// <inheritdoc />
    protected override StoredGrainState? Load(string stateName, GrainId grainId)
    {
        lock (_lock)
        {
            return _states.TryGetValue((grainId, stateName), out var stored) ? stored : null;
        }
    }

    /// <inheritdoc />
    protected override long Replace(string stateName, GrainId grainId, string? expectedETag, string? json)
    {
        lock (_lock)
        {
            var key = (grainId, stateName);
            var version = NextVersion(grainId, stateName, _states.TryGetValue(key, out var stored) ? stored : null, expectedETag);
            _states[key] = new StoredGrainState(version, json);
            return version;
        }
    }

    /// <inheritdoc/>
    public void Clear()
    {
        lock (_lock)
        {
            _states.Clear();
        }
    }
}
