namespace IomSim.Benchmarks;

/// <summary>
/// Finds the repository's seeds and scenarios from wherever BenchmarkDotNet runs the benchmark (it builds and runs a
/// copy under bin/), by walking up to the folder that holds IomSim.sln.
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(Find);

    /// <summary>A path inside the repository.</summary>
    public static string Combine(params string[] parts) => Path.Combine([s_root.Value, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "IomSim.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: IomSim.sln was not found above the program or the current folder.");
    }
}
