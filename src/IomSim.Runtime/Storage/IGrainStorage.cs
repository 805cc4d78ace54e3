namespace IomSim.Runtime.Storage;

/// <summary>
/// A grain storage provider. Each write or clear is atomic: it either replaces the whole stored state and its
/// ETag, or changes nothing. ETags are decimal version numbers, so the same program stores the same ETags.
/// Failures come back through the returned task, never as a synchronous throw (argument checks aside).
/// A provider used on the deterministic scheduler must complete its tasks on the calling thread: work completing
/// on another thread makes the run fail with <see cref="DeterminismViolationException"/>.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state named <paramref name="stateName"/> of a grain into <paramref name="grainState"/>.</summary>
    Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new();

    /// <summary>Writes the state if its ETag matches the stored one, and sets the new ETag.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag is not the one the state was read with.</exception>
    Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new();

    /// <summary>Clears the stored state if its ETag matches, and sets the new ETag.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag is not the one the state was read with.</exception>
    Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        where TState : new();
}
