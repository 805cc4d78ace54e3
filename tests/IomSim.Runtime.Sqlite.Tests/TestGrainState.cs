using IomSim.Runtime.Storage;

namespace IomSim.Runtime.Sqlite.Tests;

/// <summary>A grain's copy of a state, as the runtime's (internal) PersistentState keeps it.</summary>
internal sealed class TestGrainState<TState> : IGrainState<TState>
    where TState : new()
{
    public TState State { get; set; } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public TestGrainState<TState> Copy() => new() { State = State, ETag = ETag, RecordExists = RecordExists };
}
