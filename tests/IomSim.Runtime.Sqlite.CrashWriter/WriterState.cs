using IomSim.Runtime.Storage;

namespace IomSim.Runtime.Sqlite.CrashWriter;

/// <summary>The writer's copy of the state (the runtime's own implementation is internal).</summary>
internal sealed class WriterState : IGrainState<CrashRecord>
{
    public CrashRecord State { get; set; } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
