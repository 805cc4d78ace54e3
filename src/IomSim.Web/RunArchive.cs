using IomSim.Engine.Results;
using IomSim.Results;

namespace IomSim.Web;

/// <summary>
/// Where the dashboard keeps its runs: the CLI's results file. The one place the dashboard touches the store, so a
/// different store can replace it here alone. Writes are serialised: requests may finish at the same time.
/// </summary>
internal sealed class RunArchive(string path)
{
    private readonly Lock _gate = new();

    /// <summary>The results file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Stores every run of <paramref name="result"/>; returns how many.</summary>
    /// <exception cref="ResultsStoreException">The file is not a results database.</exception>
    public int Save(ScenarioResult result)
    {
        lock (_gate)
        {
            using var store = new ResultsStore(Path);
            return store.Save(result);
        }
    }

    /// <summary>Opens the file once, so a file that is not a results database is found at start, not at the first run.</summary>
    /// <exception cref="ResultsStoreException">The file is not a results database.</exception>
    public void Check()
    {
        if (File.Exists(Path))
        {
            lock (_gate)
            {
                using var store = new ResultsStore(Path);
            }
        }
    }
}
