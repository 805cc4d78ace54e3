namespace IomSim.Scenarios.Model;

/// <summary>Where a scenario came from.</summary>
/// <param name="Path">The file, as given.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex: results are stored under it.</param>
public sealed record ScenarioSource(string Path, string ContentHash);
