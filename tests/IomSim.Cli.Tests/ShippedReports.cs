namespace IomSim.Cli.Tests;

/// <summary>
/// <c>iomsim report</c> on every shipped scenario, once for all the tests that read the files (two runs each: the
/// files' structure does not depend on how many), with the outcome of each call.
/// </summary>
public sealed class ShippedReports : IDisposable
{
    private readonly ResultsFolder _folder = new();

    public ShippedReports()
    {
        foreach (var scenario in Iomsim.ShippedScenarios())
        {
            var name = Path.GetFileNameWithoutExtension(scenario);
            var path = _folder.Combine(name + ".html");
            Outcomes[name] = Iomsim.Run("report", scenario, "--runs", "2", "--store", _folder.Store, "-o", path);
            Paths[name] = path;
        }
    }

    /// <summary>The results file the reports' runs went to.</summary>
    public string Store => _folder.Store;

    /// <summary>Each scenario's call, by scenario file name without extension.</summary>
    internal Dictionary<string, Iomsim.Outcome> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each report was asked to go.</summary>
    public Dictionary<string, string> Paths { get; } = new(StringComparer.Ordinal);

    /// <summary>The text of a report.</summary>
    public string Html(string name) => File.ReadAllText(Paths[name]);

    public void Dispose() => _folder.Dispose();
}
