namespace IomSim.Runtime;

/// <summary>Marker for every grain interface. A grain's public surface is its interface.</summary>
public interface IGrain;
