namespace IomSim.Runtime.Storage;

/// <summary>An in-process storage that can forget every state at once, for a runtime reset for a new run.</summary>
public interface IClearableGrainStorage
{
    /// <summary>Forgets every stored state and version, as a new instance would have none.</summary>
    void Clear();
}
