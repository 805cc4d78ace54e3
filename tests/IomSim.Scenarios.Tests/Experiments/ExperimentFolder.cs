namespace IomSim.Scenarios.Tests.Experiments;

/// <summary>A temporary folder laid out as the repository is: experiments/ and scenarios/ side by side; removed afterwards.</summary>
internal sealed class ExperimentFolder : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "iomsim-experiment-" + Guid.NewGuid().ToString("N"));

    public ExperimentFolder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "experiments"));
        Directory.CreateDirectory(Path.Combine(_root, "scenarios"));
    }

    /// <summary>A path under the folder's root.</summary>
    public string Combine(string relative) => Path.Combine(_root, relative);

    /// <summary>Writes experiments/NAME and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(_root, "experiments", name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a shipped scenario into scenarios/.</summary>
    public void CopyScenario(string name) => File.Copy(Seeded.Scenario(name), Path.Combine(_root, "scenarios", name));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
