namespace IomSim.Cli.Tests;

/// <summary>A fresh temporary folder for a test's results file and outputs, deleted afterwards.</summary>
public sealed class ResultsFolder : IDisposable
{
    public ResultsFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iomsim-cli-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The results file inside the folder.</summary>
    public string Store => System.IO.Path.Combine(Path, "results.db");

    /// <summary>A path inside the folder.</summary>
    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
