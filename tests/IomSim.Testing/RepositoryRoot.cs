namespace IomSim.Testing;

/// <summary>Where tests find the repository's files (seeds, scenarios) and, beside it, <c>../shared</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(Find);

    /// <summary>The folder holding IomSim.sln.</summary>
    public static string Path => s_path.Value;

    /// <summary>A path inside the repository.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The shared reference folder beside the repository (<c>../shared/reference</c>).</summary>
    public static string SharedReference => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "reference"));

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "IomSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No IomSim.sln above {AppContext.BaseDirectory}.");
    }
}
