namespace IomSim.Engine.Measures;

/// <summary>One measure a run has, as the catalogue lists it.</summary>
/// <param name="Name">Its name in outputs and experiment files (kebab case: <c>coverage</c>, <c>top-five-share</c>).</param>
/// <param name="Unit"><c>share</c> (0 to 1), <c>count</c>, <c>index</c> (0 to 1), <c>usd</c> or <c>chf</c>.</param>
/// <param name="Scope">What it is taken of: a motion, a formal vote, or a budget year.</param>
/// <param name="Interval">How its 95% interval over runs is made.</param>
/// <param name="Description">One line for the docs and <c>--help</c>.</param>
public sealed record MeasureDefinition(string Name, string Unit, MeasureScope Scope, IntervalMethod Interval, string Description);
