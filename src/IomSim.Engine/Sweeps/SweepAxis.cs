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
        : [.. Enumerable.Range(0, Steps).Select(i => i == Steps - 1 ? To : Step(From, To, Steps, i))];

    // In decimal, rounded to 12 places, so that 0.1..0.9:5 gives 0.3 and 0.7 rather than 0.30000000000000004: the values
    // name the settings in outputs and in the results store's keys.
    private static double Step(double from, double to, int steps, int i) =>
        (double)Math.Round((decimal)from + (((decimal)to - (decimal)from) * i / (steps - 1)), 12) + 0.0; // + 0.0: no "-0"
}
