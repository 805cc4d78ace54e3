using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Measures;

/// <summary>One measure over the runs of one setting (or one scenario): its mean with a 95% interval.</summary>
/// <param name="Section">Where it belongs: an item id, or <c>funding YEAR</c>.</param>
/// <param name="Measure">The catalogue's definition.</param>
/// <param name="Runs">How many runs had the measure (for a vote's tally: the runs with a formal vote).</param>
/// <param name="Value">The mean (for a share: the share of runs) with its interval.</param>
public sealed record MeasureEstimate(string Section, MeasureDefinition Measure, int Runs, Interval Value);
