namespace IomSim.Results;

/// <summary>
/// Whether a file could be written in a folder, found out before any work and without leaving anything behind: the
/// nearest folder that exists on the way up (the rest would be made when the file is written) takes a probe file,
/// removed at once. Used for the results file and, by the program, for every output.
/// </summary>
public static class WritableFolder
{
    /// <summary>Checks that files can be made in <paramref name="folder"/> (a full path), which may not exist yet.</summary>
    /// <exception cref="IOException">A file stands where a folder is needed, or the probe cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void Check(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new IOException($"{existing} is a file, not a folder");
            }

            existing = Path.GetDirectoryName(existing) ?? throw new IOException($"no folder of {folder} exists");
        }

        var probe = Path.Combine(existing, $".iomsim-probe.{Environment.ProcessId}.{Guid.NewGuid():N}");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
        {
        }
    }
}
