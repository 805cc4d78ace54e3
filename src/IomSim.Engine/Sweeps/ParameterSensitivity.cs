using System.Collections.Immutable;

namespace IomSim.Engine.Sweeps;

/// <summary>How one varied number moves one item's measure over the sweep.</summary>
/// <param name="Path">The varied number's path.</param>
/// <param name="Item">The agenda item's id.</param>
/// <param name="Measure">What is measured: <c>adopted</c> (1 when the motion was adopted in a run, else 0).</param>
/// <param name="FirstOrderIndex">Var(E[Y | X]) / Var(Y) over every run of the grid.</param>
/// <param name="OneAtATime">The measure's mean at each of the number's values, the other numbers at their central values.</param>
public sealed record ParameterSensitivity(string Path, string Item, string Measure, double FirstOrderIndex, ImmutableArray<(double Value, double Mean)> OneAtATime);
