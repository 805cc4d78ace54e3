using IomSim.Results.Postgres;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// A results file of its own in the temporary folder, for a sweep run with <c>--no-store</c>: the sweep summarises what
/// a store holds, so its runs go there and the file is deleted when the sweep is done.
/// </summary>
internal sealed class ScratchStore : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"iomsim-sweep-{Environment.ProcessId}-{Guid.NewGuid():N}.db");

    /// <summary>Where the file is.</summary>
    public ResultsStoreLocation Location => ResultsStoreLocation.Parse(_path, "--no-store");

    /// <summary>Deletes the file and SQLite's companions.</summary>
    public void Dispose()
    {
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            File.Delete(_path + suffix);
        }
    }
}
