using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>A sweep's summary: each setting's items, and each varied number's effect on each motion.</summary>
/// <param name="Axes">The varied numbers, in the order given.</param>
/// <param name="Settings">One summary per setting, in grid order.</param>
/// <param name="Sensitivity">Per varied number (with more than one value) and motion, in that order.</param>
public sealed record SweepResult(ImmutableArray<SweepAxis> Axes, ImmutableArray<SettingSummary> Settings, ImmutableArray<ParameterSensitivity> Sensitivity);
