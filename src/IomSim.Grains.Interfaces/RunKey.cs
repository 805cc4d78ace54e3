namespace IomSim.Grains;

/// <summary>Which run this is: the seed and run index that, with the state and the motion, key every random draw.</summary>
/// <param name="Seed">The scenario's seed.</param>
/// <param name="Run">The run's index, from 0.</param>
public readonly record struct RunKey(ulong Seed, int Run);
