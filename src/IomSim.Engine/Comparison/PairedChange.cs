using IomSim.Engine.Measures;
using IomSim.Engine.Sweeps;

namespace IomSim.Engine.Comparison;

/// <summary>
/// One measure of a counterfactual against its baseline, run by run: both played with the same seed and run indices
/// (common random numbers), so each run's difference is the change's own, not sampling noise.
/// </summary>
/// <param name="Section">Where it belongs: an item id, or <c>funding YEAR</c>.</param>
/// <param name="Measure">The catalogue's definition.</param>
/// <param name="Pairs">How many run indices both have the measure in.</param>
/// <param name="Baseline">The baseline's mean over those runs.</param>
/// <param name="Counterfactual">The counterfactual's mean over those runs.</param>
/// <param name="Change">The mean of the per-run differences (counterfactual − baseline) with its paired 95% Student's t interval.</param>
/// <param name="Up">Runs in which the counterfactual's value is higher.</param>
/// <param name="Down">Runs in which it is lower.</param>
/// <param name="SignTestP">The exact two-sided sign test's p-value (ties left out).</param>
public sealed record PairedChange(string Section, MeasureDefinition Measure, int Pairs, double Baseline, double Counterfactual, Interval Change, int Up, int Down, double SignTestP)
{
    /// <summary>Whether the 95% interval of the change leaves out zero: a change larger than the runs' noise.</summary>
    public bool Distinguishable => Change.Low > 0 || Change.High < 0;

    /// <summary>In words, for the tables: <c>signal</c>, <c>noise</c> (the interval holds 0), or <c>no change</c> (every pair equal).</summary>
    public string Reading => Up + Down == 0 ? "no change" : Distinguishable ? "signal" : "noise";
}
