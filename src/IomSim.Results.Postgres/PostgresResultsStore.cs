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

    /// <summary>Connects to the database <paramref name="url"/> names, creating the tables if it has none.</summary>
    /// <param name="url">A <c>postgres://user:password@host:port/database</c> URL.</param>
    /// <param name="source">Where the URL came from, for messages (<c>--store</c>, <c>IOMSIM_STORE</c>).</param>
    /// <exception cref="ResultsStoreException">The URL is malformed, or the database holds other tables or another schema version.</exception>
    /// <exception cref="ResultsStoreUnreachableException">The server cannot be reached, or refuses the login or the database.</exception>
    public PostgresResultsStore(string url, string source = "--store")
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

        _tables = new ResultsTables(_connection);
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
