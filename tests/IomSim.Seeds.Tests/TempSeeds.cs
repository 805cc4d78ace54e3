namespace IomSim.Seeds.Tests;

/// <summary>A copy of the repository's seeds in a temporary folder, for injecting one fault at a time.</summary>
internal sealed class TempSeeds : IDisposable
{
    public TempSeeds()
    {
        Directory = Path.Combine(Path.GetTempPath(), "iomsim-seeds-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.EnumerateFiles(RepoSeeds.Directory))
        {
            if (file.EndsWith(".csv", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
            }
        }
    }

    public string Directory { get; }

    public string[] Lines(string file) => File.ReadAllLines(Path.Combine(Directory, file));

    /// <summary>The 1-based number of the first line that starts with <paramref name="prefix"/>.</summary>
    public int LineStartingWith(string file, string prefix)
    {
        var index = Array.FindIndex(Lines(file), l => l.StartsWith(prefix, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new InvalidOperationException($"no line starts with '{prefix}' in {file}");
    }

    /// <summary>Rewrites the 1-based line <paramref name="line"/> of <paramref name="file"/>.</summary>
    public void Edit(string file, int line, Func<string, string> change)
    {
        var lines = Lines(file);
        lines[line - 1] = change(lines[line - 1]);
        Write(file, lines);
    }

    /// <summary>Appends a line; returns its 1-based number.</summary>
    public int Append(string file, string text)
    {
        var lines = Lines(file).Append(text).ToArray();
        Write(file, lines);
        return lines.Length;
    }

    public void Write(string file, IEnumerable<string> lines) =>
        File.WriteAllText(Path.Combine(Directory, file), string.Join('\n', lines) + "\n");

    public void Delete(string file) => File.Delete(Path.Combine(Directory, file));

    public SeedDataException LoadFails() => Assert.Throws<SeedDataException>(() => SeedLoader.Load(Directory));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temporary folder is left behind.
        }
    }
}
