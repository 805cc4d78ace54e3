using IomSim.Results;
using IomSim.Results.Postgres;

namespace IomSim.Cli.Output;

/// <summary>
/// The checks every command makes on the places it will write, before it plays a run or reads much: a folder that is a
/// file, a file that is a folder, a place that cannot be written (<c>/proc</c>, a read-only folder) or a store that
/// cannot be opened is the user's to fix, so it is exit code 2 and costs no simulation. A file is written beside its
/// target and renamed over it at the end (<see cref="AtomicFile"/>), so the check writes and removes a probe in the
/// nearest folder that exists (<see cref="WritableFolder"/>), creating nothing.
/// </summary>
internal static class OutputCheck
{
    /// <summary>Checks <paramref name="folder"/> (<c>--out DIR</c>), which is made only when the result is written; nothing for null (standard output).</summary>
    /// <exception cref="InvalidInputException">A file stands there, or the folder cannot be made or written.</exception>
    public static void Folder(DirectoryInfo? folder, string option)
    {
        if (folder is null)
        {
            return;
        }

        var path = folder.FullName;
        if (System.IO.File.Exists(path))
        {
            throw new InvalidInputException($"iomsim: {option} {path}: a file, not a folder (expected a folder to write into; it is created if missing)");
        }

        Probe(path, $"iomsim: {option} {path}: cannot write into this folder");
    }

    /// <summary>Checks that <paramref name="path"/> (<paramref name="option"/>'s) can take a file: not a folder, in a folder that can be made and written.</summary>
    /// <exception cref="InvalidInputException">A folder stands there, or the file cannot be written there.</exception>
    public static void File(string path, string option, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new InvalidInputException($"iomsim: {option} {path}: a folder (expected {expected})");
        }

        Probe(Path.GetDirectoryName(full)!, $"iomsim: {option} {path}: cannot write there");
    }

    /// <summary>Checks the results store now: a server is connected to, a file opened, a file still to be made is probed for in its folder.</summary>
    /// <exception cref="ResultsStoreException">Not a results database, or a place where none can be made (exit code 2).</exception>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached (exit code 1).</exception>
    public static void Store(ResultsStoreLocation? location) => location?.Check();

    // The folder, or the nearest one above it that exists, takes a file; nothing is created or left behind.
    private static void Probe(string folder, string message)
    {
        try
        {
            WritableFolder.Check(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{message} ({error.Message})", error);
        }
    }
}
