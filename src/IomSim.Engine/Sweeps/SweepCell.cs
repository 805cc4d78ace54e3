using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>One setting of a sweep's grid and what one measure gave in each of its runs.</summary>
/// <param name="Levels">The step of each varied number (0 = its first value), in the order the numbers were varied.</param>
/// <param name="Values">The measure in each run (1 or 0 for "adopted").</param>
public sealed record SweepCell(ImmutableArray<int> Levels, ImmutableArray<double> Values);
