namespace IomSim.Runtime.Storage;

/// <summary>The untyped face of a persistent state, so that an activation can read all its states before activating.</summary>
internal interface IPersistentStateLoader
{
    Task ReadStateAsync();
}
