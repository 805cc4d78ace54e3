namespace IomSim.Cli.Output;

/// <summary>
/// Where <c>report</c> writes: a path that cannot take the file is bad input (exit code 2), found before any run when
/// the path was given, and the file is written whole or not at all.
/// </summary>
internal static class ReportFile
{
    /// <summary>Fails when <paramref name="path"/> is a folder or its folder cannot be written, leaving nothing behind.</summary>
    /// <exception cref="InvalidInputException">The file could not be written there.</exception>
    public static void CheckWritable(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidInputException($"iomsim: cannot write the report to {path}: it is a folder (expected a file name such as report.html)");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var probe = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.probe");
        try
        {
            Directory.CreateDirectory(folder);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"iomsim: cannot write the report to {path}: {error.Message}", error);
        }
    }

    /// <summary>
    /// Writes <paramref name="html"/> to <paramref name="path"/> atomically. The place was checked before any run, so a
    /// failure now is the machine's (a full disk): exit code 1, not 2.
    /// </summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static void Write(string path, string html)
    {
        try
        {
            AtomicFile.Write(path, html);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the report to {path}: {error.Message}", error);
        }
    }
}
