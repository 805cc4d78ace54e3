using System.Collections.Immutable;
using IomSim.Engine.Results;
using Microsoft.Data.Sqlite;

namespace IomSim.Results;

/// <summary>
/// The results of scenario runs in a SQLite file: each run under (scenario content hash, seed, run index), with the
/// scenario's id, the program version and every agenda item's outcome, tally and votes. Storing a run again replaces
/// it. Runs are stored in transactions of whole runs, so an interrupted program leaves whole runs only.
/// </summary>
public sealed class ResultsStore : IResultsStore
{
    private const string FolderName = "iomsim";
    private const string FileName = "results.db";

    private readonly SqliteConnection _connection;
    private readonly ResultsTables _tables;
    private readonly StoredRunCatalog _catalog;

    /// <summary>Opens (or creates) the results file at <paramref name="path"/>, and its folder; <paramref name="time"/> (default: the system's) dates stored runs.</summary>
    /// <exception cref="ResultsStoreException">The file is not a results database, or of an unknown schema version.</exception>
    public ResultsStore(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = Path.GetFullPath(path);
        _connection = ResultsSchema.Open(DatabasePath);
        _tables = new ResultsTables(_connection, time ?? TimeProvider.System);
        _catalog = new StoredRunCatalog(_connection);
    }

    /// <summary>The full path of the file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public string Location => DatabasePath;

    /// <summary>The default file: <c>iomsim/results.db</c> in the user's local data folder.</summary>
    /// <exception cref="ResultsStoreException">The machine has no local data folder for this user.</exception>
    public static string DefaultPath()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(folder)
            ? throw new ResultsStoreException("this user has no local data folder for the results file; choose one with --store PATH")
            : Path.Combine(folder, FolderName, FileName);
    }

    /// <inheritdoc />
    public int Save(ScenarioResult result) => ResultsTables.SaveAll(this, result);

    /// <inheritdoc />
    public void Save(StoredRun run) => Save([run]);

    /// <inheritdoc />
    public void Save(IReadOnlyList<StoredRun> runs)
    {
        // IMMEDIATE: the write lock is taken at once, so two programs storing into one file take turns.
        using var transaction = _connection.BeginTransaction(deferred: false);
        _tables.Save(transaction, runs);
        transaction.Commit();
    }

    /// <inheritdoc />
    public ImmutableArray<StoredRun> Load(string contentHash, ulong seed) => Load(contentHash, seed, int.MaxValue);

    /// <inheritdoc />
    public ImmutableArray<StoredRun> Load(string contentHash, ulong seed, int runs) => _tables.Load(contentHash, seed, runs);

    /// <inheritdoc />
    public ImmutableSortedSet<int> StoredIndices(string contentHash, ulong seed, int runs) => _tables.StoredIndices(contentHash, seed, runs);

    /// <inheritdoc />
    public ImmutableArray<StoredRunGroup> List(DateTimeOffset? storedBefore = null) => _catalog.List(storedBefore);

    /// <inheritdoc />
    public int Delete(string contentHash, ulong seed, DateTimeOffset? storedBefore = null)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        var deleted = _catalog.Delete(transaction, contentHash, seed, storedBefore);
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc />
    public void Compact()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "VACUUM;";
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public long SizeBytes()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size();";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();
}
