namespace IomSim.Results;

/// <summary>What a stored run's key stands for: the scenario file it came from, and the sweep setting it was played at.</summary>
/// <param name="ScenarioHash">The scenario file's SHA-256 (the key itself for a run that varied nothing).</param>
/// <param name="Index">The setting's place in the sweep that stored it (0 for a plain run).</param>
/// <param name="Text">The setting's canonical text, <c>path=value</c> joined by <c>;</c> (empty for a plain run).</param>
public sealed record RunSetting(string ScenarioHash, int Index, string Text)
{
    /// <summary>A run of the scenario with <paramref name="scenarioHash"/> as its file says, nothing varied.</summary>
    public static RunSetting Plain(string scenarioHash) => new(scenarioHash, 0, string.Empty);
}
