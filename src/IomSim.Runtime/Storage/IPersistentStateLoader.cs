namespace IomSim.Runtime.Storage;

/// <summary>The untyped face of a persistent state, so that an activation can read all its states before activating.</summary>
internal interface IPersistentStateLoader
{
    Task ReadStateAsync();

    /// <summary>Back to what an empty storage gives: a new state, no ETag, no record (for a runtime reset).</summary>
    void Forget();
}
