using IomSim.Domain.World;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Inputs;

/// <summary>
/// Finds and reads the scenario a command names: a file path, or a shipped scenario's id as <c>list</c> shows it. A path
/// that exists is used as given; otherwise the name is looked for under the program's folder, where the shipped
/// <c>scenarios/</c> travel with the program, so an installed tool finds them from any folder.
/// </summary>
internal static class ScenarioFile
{
    private const string Expected = "expected a scenario file such as scenarios/russia-2020.yaml, or a scenario id such as russia-2020; 'iomsim list' shows the scenarios";

    /// <summary>Reads the scenario <paramref name="given"/> names.</summary>
    /// <exception cref="InvalidInputException">No such file or scenario; the message says where it looked.</exception>
    /// <exception cref="ScenarioException">The file breaks the format; the error names file, line and column.</exception>
    public static Scenario Read(string given, World world) => ScenarioReader.Read(Locate(given), world);

    /// <summary>
    /// The file <paramref name="given"/> names: the path itself when it exists; else the same relative path under the
    /// program's folder; else, for a bare id, <c>scenarios/ID.yaml</c> here, then under the program's folder.
    /// </summary>
    /// <exception cref="InvalidInputException">Nothing found; the message says where it looked and suggests a near id.</exception>
    public static string Locate(string given)
    {
        if (File.Exists(given))
        {
            return given;
        }

        if (Directory.Exists(given))
        {
            throw new InvalidInputException($"{given}: a folder, not a scenario file ({Expected})");
        }

        var shipped = ProgramFolder.Path;
        if (LooksLikePath(given))
        {
            var beside = Path.IsPathRooted(given) ? null : Path.Combine(shipped, given);
            return beside is not null && File.Exists(beside)
                ? beside
                : throw new InvalidInputException(beside is null
                    ? $"{given}: no such file ({Expected})"
                    : $"{given}: no such file, here or in the program's folder {shipped} ({Expected})");
        }

        var folders = new[] { ScenarioFolder.Here, Path.Combine(shipped, ScenarioFolder.Name) };
        foreach (var folder in folders)
        {
            foreach (var extension in new[] { ".yaml", ".yml" })
            {
                var candidate = Path.Combine(folder, given + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        var known = folders.Where(Directory.Exists).SelectMany(ScenarioFolder.FilesIn).Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var suggestion = Typos.Ending(Typos.Suggest(given, known));
        throw new InvalidInputException(
            $"{given}: no such scenario (looked for {given}.yaml in {ScenarioFolder.Here}{Path.DirectorySeparatorChar} and in {folders[1]}{Path.DirectorySeparatorChar}; {Expected}){suggestion}");
    }

    // A name with a folder or a YAML extension is a path; anything else is taken as an id.
    private static bool LooksLikePath(string given) =>
        given.Contains('/', StringComparison.Ordinal) || given.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || given.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || given.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
