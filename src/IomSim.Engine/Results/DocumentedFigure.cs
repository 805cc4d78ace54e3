namespace IomSim.Engine.Results;

/// <summary>A documented funding figure beside the simulated one.</summary>
/// <param name="Measure">What is measured (<c>top-five-share</c>, <c>assessed-usd</c>, …).</param>
/// <param name="Donor">The donor, for a per-donor measure.</param>
/// <param name="Documented">The documented figure.</param>
/// <param name="Simulated">The simulated figure, measured the project's way (null when the run has nothing to measure it by).</param>
/// <param name="Definition">How the source defines it.</param>
/// <param name="Source">Who says so.</param>
public sealed record DocumentedFigure(string Measure, string? Donor, double Documented, double? Simulated, string Definition, string Source);
