namespace IomSim.Results.Export;

/// <summary>
/// Where a per-run table goes: its format from the extension, and a check that it can be written, made before any run
/// is played so that a typo costs no simulation.
/// </summary>
public static class PerRunFile
{
    /// <summary>The extensions understood, for messages.</summary>
    public const string Extensions = ".csv or .parquet";

    /// <summary>The format <paramref name="path"/>'s extension names.</summary>
    /// <exception cref="PerRunFileException">No format has that extension.</exception>
    public static TableFormat FormatOf(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".CSV" => TableFormat.Csv,
            ".PARQUET" => TableFormat.Parquet,
            _ => throw new PerRunFileException(
                $"{option} {path}: {(extension.Length == 0 ? "no extension" : $"unknown extension '{extension}'")}; the file must end in {Extensions}"),
        };
    }

    /// <summary>
    /// Checks that <paramref name="path"/> names a format and that its folder exists (or can be made) and takes a file:
    /// a file is created beside it and removed. <paramref name="option"/> names the option in messages.
    /// </summary>
    /// <exception cref="PerRunFileException">An unknown extension, a folder, or a place that cannot be written.</exception>
    public static void Check(string path, string option)
    {
        FormatOf(path, option);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new PerRunFileException($"{option} {path}: a folder; give a file name ending in {Extensions}");
        }

        var probe = TemporaryPath(full);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new PerRunFileException($"{option} {path}: cannot write there ({error.Message})", error);
        }
    }

    /// <summary>The temporary file a table is written to before it is renamed over <paramref name="fullPath"/>.</summary>
    internal static string TemporaryPath(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.tmp");
}
