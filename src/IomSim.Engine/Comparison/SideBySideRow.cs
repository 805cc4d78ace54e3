namespace IomSim.Engine.Comparison;

/// <summary>One measure of a counterfactual beside its baseline.</summary>
/// <param name="Section">Where it belongs: an item id, or <c>funding YEAR</c>.</param>
/// <param name="Measure">What is measured (kebab case).</param>
/// <param name="Unit">How to read the values: <c>share</c>, <c>index</c>, <c>count</c> or <c>usd</c>.</param>
/// <param name="Baseline">The baseline's value (mean over its runs).</param>
/// <param name="Counterfactual">The counterfactual's value.</param>
public sealed record SideBySideRow(string Section, string Measure, string Unit, double Baseline, double Counterfactual)
{
    /// <summary>Counterfactual minus baseline.</summary>
    public double Change => Counterfactual - Baseline;
}
