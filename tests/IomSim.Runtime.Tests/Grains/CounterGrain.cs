namespace IomSim.Runtime.Tests.Grains;

/// <summary>The yielding counter as an ordinary grain: one call at a time.</summary>
public sealed class CounterGrain : YieldingCounter, ICounterGrain;
