namespace IomSim.Runtime.Storage;

/// <summary>What a storage provider reads into and writes from.</summary>
/// <typeparam name="TState">The state type.</typeparam>
public interface IGrainState<TState>
{
    /// <summary>The state.</summary>
    TState State { get; set; }

    /// <summary>The stored version this copy corresponds to; null when never stored.</summary>
    string? ETag { get; set; }

    /// <summary>Whether a stored record exists.</summary>
    bool RecordExists { get; set; }
}
