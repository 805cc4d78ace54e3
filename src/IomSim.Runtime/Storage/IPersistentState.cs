namespace IomSim.Runtime.Storage;

/// <summary>
/// A grain's persistent state, injected into its constructor with <see cref="PersistentStateAttribute"/> and read
/// before <see cref="Grain.OnActivateAsync"/>. Writes use optimistic concurrency: a write with a stale
/// <see cref="ETag"/> fails with <see cref="InconsistentStateException"/>.
/// </summary>
/// <typeparam name="TState">The state; a record with a parameterless constructor, serializable as JSON.</typeparam>
public interface IPersistentState<TState>
    where TState : new()
{
    /// <summary>The state as last read or set; a fresh <typeparamref name="TState"/> when none was stored.</summary>
    TState State { get; set; }

    /// <summary>The version of the stored state this copy was read from or written as; null when never stored.</summary>
    string? ETag { get; }

    /// <summary>Whether a stored record exists (false after a clear).</summary>
    bool RecordExists { get; }

    /// <summary>Reads the stored state again, replacing <see cref="State"/>.</summary>
    Task ReadStateAsync();

    /// <summary>Stores <see cref="State"/> in one transaction.</summary>
    Task WriteStateAsync();

    /// <summary>Removes the stored state and resets <see cref="State"/>.</summary>
    Task ClearStateAsync();
}
