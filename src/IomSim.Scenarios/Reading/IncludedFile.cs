using IomSim.Files;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>
/// A file a scenario includes (<c>world.parameters_from</c>): a relative path that must resolve, links followed, inside
/// the folders a scenario may include from (<see cref="Folders"/>), to a regular file within the size limit. Anything
/// else is refused at the including value, before the file is opened; nothing it holds is quoted.
/// </summary>
internal static class IncludedFile
{
    /// <summary>The name of the folder beside a scenario's folder, and beside the program, that calibration files are kept in.</summary>
    public const string CalibrationFolder = "calibration";

    /// <summary>
    /// The folders a scenario in <paramref name="scenarioFolder"/> may include from: that folder and those below it; a
    /// <c>calibration</c> folder beside it (<c>../calibration/</c>, as in the repository and next to the program); and
    /// the program's own <c>calibration</c> folder.
    /// </summary>
    public static IReadOnlyList<string> Folders(string scenarioFolder)
    {
        var folder = scenarioFolder.Length == 0 ? "." : scenarioFolder;
        return [folder, Path.Combine(folder, "..", CalibrationFolder), Path.Combine(AppContext.BaseDirectory, CalibrationFolder)];
    }

    /// <summary>The path as errors name it (beside the scenario file, as written), and the file's bytes.</summary>
    /// <exception cref="ScenarioException">At <paramref name="node"/>: an absolute path, outside the folders, missing, not a regular file, too large.</exception>
    public static (string Shown, byte[] Bytes) Read(ReadContext context, YamlValue node, string given, string expected)
    {
        var quoted = context.Quote(given);
        if (Path.IsPathRooted(given))
        {
            throw context.Error(node, $"parameters_from file {quoted} is an absolute path (expected {expected})");
        }

        var folder = Path.GetDirectoryName(context.File) ?? string.Empty;
        var shown = Path.Combine(folder, given);
        try
        {
            var real = RealPath.Of(shown);
            if (!Folders(folder).Any(allowed => RealPath.IsInside(real, allowed)))
            {
                throw context.Error(node, $"parameters_from file {quoted} is outside the folders a scenario may include from (expected {expected})");
            }

            return (shown, RegularFile.ReadAllBytes(real, ScenarioFormat.MaxFileBytes));
        }
        catch (InputFileException e)
        {
            throw context.Error(node, e.Kind == InputFileProblem.Missing
                ? $"parameters_from file {quoted} does not exist (expected {expected})"
                : $"parameters_from file {quoted}: {e.Problem} (expected {expected})");
        }
    }
}
