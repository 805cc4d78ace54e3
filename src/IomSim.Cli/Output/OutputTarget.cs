namespace IomSim.Cli.Output;

/// <summary>Where a command's result goes: standard output, or a file in the <c>--out</c> folder.</summary>
/// <param name="Console">The console.</param>
/// <param name="Folder">The <c>--out</c> folder, or null for standard output.</param>
internal sealed record OutputTarget(CliConsole Console, DirectoryInfo? Folder)
{
    /// <summary>Writes the rendered result; with a folder, as <c>stem.ext</c> there, whole or not at all, and says where.</summary>
    public void Write(string stem, OutputFormat format, string text)
    {
        if (Folder is null)
        {
            Console.Out.Write(text);
            return;
        }

        var path = Path.Combine(Folder.FullName, OutputFormats.FileName(stem, format));
        AtomicFile.Write(path, text);
        Console.Error.WriteLine($"wrote {path}");
    }
}
