using System.Collections.Immutable;
using IomSim.Engine.Results;
using Npgsql;

namespace IomSim.Results.Postgres;

/// <summary>
/// The results of scenario runs in a PostgreSQL database: the tables, keys and JSON columns of the SQLite file
/// (<see cref="ResultsStore"/>), written and read by the same SQL, so a run loads back exactly as from the file.
/// Storing a run again replaces it; transactions hold whole runs.
/// </summary>
public sealed class PostgresResultsStore : IResultsStore
{
    private readonly NpgsqlConnection _connection;
    private readonly ResultsTables _tables;
    private readonly StoredRunCatalog _catalog;

    /// <summary>Connects to the database <paramref name="url"/> names, creating the tables if it has none.</summary>
    /// <param name="url">A <c>postgres://user:password@host:port/database</c> URL.</param>
    /// <param name="source">Where the URL came from, for messages (<c>--store</c>, <c>IOMSIM_STORE</c>).</param>
    /// <exception cref="ResultsStoreException">The URL is malformed, or the database holds other tables or another schema version.</exception>
    /// <param name="time">Dates stored runs (default: the system's clock).</param>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached, or refuses the login or the database.</exception>
    public PostgresResultsStore(string url, string source = "--store", TimeProvider? time = null)
    {
        var connectionString = PostgresUrl.ToConnectionString(url, source);
        Location = PostgresUrl.Redact(url);

        // No pooling, as with the file: disposing the store closes its one connection.
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            Connect();
            PostgresSchema.Initialize(_connection, Location);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _tables = new ResultsTables(_connection, time ?? TimeProvider.System);
        _catalog = new StoredRunCatalog(_connection);
    }

    /// <summary>The URL without its password.</summary>
    public string Location { get; }

    /// <inheritdoc />
    public int Save(ScenarioResult result) => ResultsTables.SaveAll(this, result);

    /// <inheritdoc />
    public void Save(StoredRun run) => Save([run]);

    /// <inheritdoc />
    public void Save(IReadOnlyList<StoredRun> runs)
    {
        using var transaction = _connection.BeginTransaction();
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
        using var transaction = _connection.BeginTransaction();
        var deleted = _catalog.Delete(transaction, contentHash, seed, storedBefore);
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc />
    public void Compact()
    {
        // PostgreSQL's autovacuum reuses the space of deleted rows.
    }

    /// <inheritdoc />
    public long SizeBytes()
    {
        using var command = new NpgsqlCommand(
            "SELECT pg_total_relation_size('run') + pg_total_relation_size('event_result') + pg_total_relation_size('budget_year_result');", _connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _connection.Dispose();

    // Every failure to open (no server, refused, timed out, wrong password, no such database) is one clear line.
    private void Connect()
    {
        try
        {
            _connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            var detail = e.InnerException is { } inner && e is not PostgresException ? $"{e.Message} ({inner.Message})" : e.Message;
            throw new ResultsStoreUnreachableException($"{Location}: cannot connect to the results database: {PostgresUrl.Redact(detail)}", e);
        }
    }
}
