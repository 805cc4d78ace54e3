using System.Collections.Immutable;
using IomSim.Scenarios;

namespace IomSim.Engine.Sweeps;

/// <summary>One number a sweep varies: <c>PATH=FROM..TO:STEPS</c>, evenly spaced with both ends included (one step: FROM only).</summary>
/// <param name="Path">What is varied.</param>
/// <param name="From">The first value.</param>
/// <param name="To">The last value.</param>
/// <param name="Steps">How many values, at least 1.</param>
public sealed record SweepAxis(ScenarioSettingPath Path, double From, double To, int Steps)
{
    /// <summary>The values, in order; the last is exactly <see cref="To"/>.</summary>
    public ImmutableArray<double> Values { get; } = Steps == 1
        ? [From]
        : [.. Enumerable.Range(0, Steps).Select(i => i == Steps - 1 ? To : From + ((To - From) * i / (Steps - 1)))];
}
