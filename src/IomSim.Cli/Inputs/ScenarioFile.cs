using IomSim.Domain.World;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Inputs;

/// <summary>Reads the scenario file a command names, against the world.</summary>
internal static class ScenarioFile
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">No such file.</exception>
    /// <exception cref="ScenarioException">The file breaks the format; the error names file, line and column.</exception>
    public static Scenario Read(string path, World world) =>
        File.Exists(path)
            ? ScenarioReader.Read(path, world)
            : throw new InvalidInputException(Directory.Exists(path)
                ? $"{path}: a folder, not a scenario file (expected a YAML file such as scenarios/russia-2020.yaml; 'iomsim list' shows the scenarios)"
                : $"{path}: no such file (expected a scenario file such as scenarios/russia-2020.yaml; 'iomsim list' shows the scenarios)");
}
