namespace IomSim.Scenarios.Tests;

/// <summary>A file in the temporary folder, removed afterwards.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".yaml")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iomsim-scenario-" + Guid.NewGuid().ToString("N") + extension);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
