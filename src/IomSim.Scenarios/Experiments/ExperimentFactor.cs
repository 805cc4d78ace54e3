namespace IomSim.Scenarios.Experiments;

/// <summary>One number an experiment varies: a sweep path and its range (and, in a grid, its number of steps).</summary>
/// <param name="Path">What is varied, in the grammar of <c>sweep --vary</c>.</param>
/// <param name="From">The low end of the range (a grid's first value).</param>
/// <param name="To">The high end of the range (a grid's last value).</param>
/// <param name="Steps">A grid's number of evenly spaced values; null in random and Latin-hypercube designs.</param>
/// <param name="Line">The 1-based line of its entry in the file, for errors found once the scenario is read.</param>
/// <param name="Column">The 1-based column of its entry.</param>
public sealed record ExperimentFactor(ScenarioSettingPath Path, double From, double To, int? Steps, int Line, int Column);
