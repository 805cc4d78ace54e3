using IomSim.Domain.World;
using IomSim.Seeds;

namespace IomSim.Cli.Inputs;

/// <summary>The world's seed data: the folder given with <c>--seeds</c>, or the copy shipped next to the program.</summary>
internal static class SeedsFolder
{
    /// <summary>The copy of the repository's <c>seeds/</c> placed next to the executable at build time.</summary>
    public static string Shipped => Path.Combine(ProgramFolder.Path, "seeds");

    /// <summary>Loads the world from <paramref name="directory"/> (or the shipped copy when null).</summary>
    /// <exception cref="InvalidInputException">The folder is missing or a file in it holds bad data (named by path, line and field).</exception>
    public static World Load(DirectoryInfo? directory)
    {
        var path = directory?.FullName ?? Shipped;
        if (!Directory.Exists(path))
        {
            throw new InvalidInputException($"{Shown(directory, path)}: no such seeds folder (expected the folder holding states.csv, iom-membership.csv and the other seed files)");
        }

        try
        {
            return SeedLoader.Load(path);
        }
        catch (SeedDataException e)
        {
            var file = Path.Combine(Shown(directory, path), Path.GetFileName(e.File));
            var where = e.Line > 0 ? $"{file}:{e.Line}:" : $"{file}:";
            var field = e.Field.Length > 0 && e.Line > 0 ? $" field '{e.Field}':" : string.Empty;
            throw new InvalidInputException($"{where}{field} {e.Problem}", e);
        }
    }

    // Errors name the folder as the user gave it; the shipped copy by its full path.
    private static string Shown(DirectoryInfo? given, string fullPath) => given?.ToString() ?? fullPath;
}
