namespace IomSim.Runtime.Storage;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: a grain's copy of one named state and its storage.</summary>
/// <typeparam name="TState">The state type.</typeparam>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage)
    : IPersistentState<TState>, IGrainState<TState>, IPersistentStateLoader
    where TState : new()
{
    public TState State { get; set; } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadStateAsync() => storage.ReadStateAsync(stateName, grainId, this);

    public void Forget()
    {
        State = new();
        ETag = null;
        RecordExists = false;
    }

    public Task WriteStateAsync() => storage.WriteStateAsync(stateName, grainId, this);

    public Task ClearStateAsync() => storage.ClearStateAsync(stateName, grainId, this);
}
