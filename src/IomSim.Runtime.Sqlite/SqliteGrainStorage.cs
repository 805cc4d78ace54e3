using IomSim.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace IomSim.Runtime.Sqlite;

/// <summary>
/// Grain storage in a SQLite file, with the semantics every <see cref="JsonGrainStorage"/> shares (JSON states, version
/// ETags, tombstones). Each write or clear is one transaction, so a crash leaves either the old state or the new one.
/// </summary>
/// <remarks>
/// Every method runs synchronously on the caller's thread and returns a completed task: the deterministic scheduler
/// requires that no work completes on another thread. One connection, guarded by a lock, serves all threads; other
/// instances (other runtimes, other processes) may use the same file.
/// </remarks>
public sealed class SqliteGrainStorage : JsonGrainStorage, IDisposable
{
    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;
    private readonly SqliteCommand _upsert;
    private bool _disposed;

    /// <summary>Opens (or creates) the storage file at <paramref name="path"/> with the default options.</summary>
    public SqliteGrainStorage(string path)
        : this(new SqliteGrainStorageOptions { Path = path })
    {
    }

    /// <summary>Opens (or creates) the storage file.</summary>
    /// <exception cref="InvalidDataException">The file is not a SQLite database.</exception>
    /// <exception cref="NotSupportedException">The file has a schema version this code does not know.</exception>
    public SqliteGrainStorage(SqliteGrainStorageOptions options)
        : base(SerializerOf(options))
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, nameof(options));
        DatabasePath = Path.GetFullPath(options.Path);
        _connection = SqliteSchema.Open(DatabasePath, options.FlushEachWrite);
        _select = Prepare("SELECT version, payload FROM grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $name;");
        _upsert = Prepare("""
            INSERT INTO grain_state (grain_type, grain_key, state_name, version, payload) VALUES ($type, $key, $name, $version, $payload)
            ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE SET version = excluded.version, payload = excluded.payload;
            """);
        _upsert.Parameters.Add("$version", SqliteType.Integer);
        _upsert.Parameters.Add("$payload", SqliteType.Text);
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    protected override StoredGrainState? Load(string stateName, GrainId grainId)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Select(stateName, grainId, transaction: null);
        }
    }

    /// <inheritdoc />
    protected override long Replace(string stateName, GrainId grainId, string? expectedETag, string? json)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // IMMEDIATE takes the file's write lock before the version is read, so no other connection can write
            // between the comparison and the upsert. Leaving without Commit rolls back.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var version = NextVersion(grainId, stateName, Select(stateName, grainId, transaction), expectedETag);
            Bind(_upsert, stateName, grainId, transaction);
            _upsert.Parameters["$version"].Value = version;
            _upsert.Parameters["$payload"].Value = (object?)json ?? DBNull.Value;
            _upsert.ExecuteNonQuery();
            transaction.Commit();
            return version;
        }
    }

    /// <summary>Closes the file; later calls fail with <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _select.Dispose();
            _upsert.Dispose();
            _connection.Dispose();
        }
    }

    private StoredGrainState? Select(string stateName, GrainId grainId, SqliteTransaction? transaction)
    {
        Bind(_select, stateName, grainId, transaction);
        using var reader = _select.ExecuteReader();
        return reader.Read() ? new StoredGrainState(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    private static GrainStateSerializer SerializerOf(SqliteGrainStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Serializer is not null && options.JsonSerializerOptions is not null)
        {
            throw new ArgumentException("Set either Serializer or JsonSerializerOptions, not both.", nameof(options));
        }

        return options.Serializer
            ?? (options.JsonSerializerOptions is { } json ? new GrainStateSerializer(json) : GrainStateSerializer.Default);
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$type", SqliteType.Text);
        command.Parameters.Add("$key", SqliteType.Text);
        command.Parameters.Add("$name", SqliteType.Text);
        return command;
    }

    private static void Bind(SqliteCommand command, string stateName, GrainId grainId, SqliteTransaction? transaction)
    {
        command.Transaction = transaction;
        command.Parameters["$type"].Value = grainId.Type;
        command.Parameters["$key"].Value = grainId.Key;
        command.Parameters["$name"].Value = stateName;
    }

}
