namespace IomSim.Cli.Inputs;

/// <summary>Where the shipped scenarios are: <c>scenarios/</c> in the working folder, else the copy next to the program.</summary>
internal static class ScenarioFolder
{
    /// <summary>The folder's name, here and next to the program.</summary>
    public const string Name = "scenarios";

    /// <summary><c>scenarios</c> in the working folder, as a relative path (so messages show it as the user would type it).</summary>
    public static string Here => Name;

    /// <summary>The folder <c>list</c> and <c>serve</c> read when none is given.</summary>
    public static string Default =>
        Directory.Exists(Here) ? Here : Path.Combine(ProgramFolder.Path, Name);

    /// <summary>The scenario files in <paramref name="directory"/> (<c>*.yaml</c> and <c>*.yml</c>), by name.</summary>
    /// <exception cref="InvalidInputException">The folder does not exist.</exception>
    public static IReadOnlyList<string> FilesIn(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException($"{directory}: no such folder (expected a folder of scenario files)");
        }

        return [.. Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }
}
