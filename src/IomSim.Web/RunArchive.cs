using IomSim.Engine.Results;
using IomSim.Results;
using IomSim.Results.Postgres;

namespace IomSim.Web;

/// <summary>
/// Where the dashboard keeps its runs: the CLI's results store, a SQLite file or a PostgreSQL database (the compose
/// stack's). The one place the dashboard touches the store. Writes are serialised: requests may finish at the same time.
/// </summary>
internal sealed class RunArchive(ResultsStoreLocation location)
{
    private readonly Lock _gate = new();

    /// <summary>Where the runs go: the file's full path, or the database URL without its password.</summary>
    public string Display => location.Display;

    /// <summary>Stores every run of <paramref name="result"/>; returns how many.</summary>
    /// <exception cref="ResultsStoreException">The store is not a results database.</exception>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached.</exception>
    public int Save(ScenarioResult result)
    {
        lock (_gate)
        {
            using var store = location.Open();
            return store.Save(result);
        }
    }

    /// <summary>Opens the store once, so a bad one is found at start, not at the first run.</summary>
    /// <exception cref="ResultsStoreException">The store is not a results database.</exception>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached.</exception>
    public void Check()
    {
        lock (_gate)
        {
            location.Check();
        }
    }
}
