namespace IomSim.Runtime;

/// <summary>Hands out references to grains. A reference is cheap, can be stored, and is valid for ever.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of interface <typeparamref name="TGrainInterface"/> with this key; it is activated on its first call.</summary>
    /// <exception cref="UnknownGrainInterfaceException">No registered grain class implements the interface.</exception>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
