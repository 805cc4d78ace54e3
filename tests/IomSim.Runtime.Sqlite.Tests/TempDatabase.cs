namespace IomSim.Runtime.Sqlite.Tests;

/// <summary>A database path in a fresh temporary directory (not created: the storage must create it), deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        DirectoryPath = Path.Combine(Path.GetTempPath(), "iomsim-sqlite-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(DirectoryPath, "nested", "grains.db");
    }

    public string DirectoryPath { get; }

    public string FilePath { get; }

    /// <summary>A connection string for inspecting the file directly; no pooling, so nothing keeps the file open.</summary>
    public string ConnectionString => $"Data Source={FilePath};Pooling=False";

    public void Dispose()
    {
        if (Directory.Exists(DirectoryPath))
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
    }
}
