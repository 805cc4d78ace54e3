namespace IomSim.Runtime.Tests.Grains;

/// <summary>The same counter marked reentrant: its calls interleave at the await, so it loses updates.</summary>
[Reentrant]
public sealed class InterleavingCounterGrain : YieldingCounter, IInterleavingCounterGrain;
