namespace IomSim.Testing;

/// <summary>
/// A database path inside a fresh temporary folder, for a test. Neither is created (a storage provider must create
/// them); the folder is deleted with everything in it on dispose.
/// </summary>
public sealed class TemporaryDatabase : IDisposable
{
    /// <summary>Chooses a new, unused path.</summary>
    public TemporaryDatabase()
    {
        DirectoryPath = Path.Combine(Path.GetTempPath(), "iomsim-test-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(DirectoryPath, "nested", "grains.db");
    }

    /// <summary>The temporary folder.</summary>
    public string DirectoryPath { get; }

    /// <summary>The database file's path, two levels inside the folder.</summary>
    public string FilePath { get; }

    /// <summary>A connection string for inspecting the file directly; without pooling, so nothing keeps it open.</summary>
    public string ConnectionString => $"Data Source={FilePath};Pooling=False";

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        if (Directory.Exists(DirectoryPath))
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
    }
}
