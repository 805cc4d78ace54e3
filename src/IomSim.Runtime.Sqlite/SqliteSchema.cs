using Microsoft.Data.Sqlite;

namespace IomSim.Runtime.Sqlite;

/// <summary>Opens a database file and makes sure it holds this provider's schema, at a version this code understands.</summary>
internal static class SqliteSchema
{
    /// <summary>The schema version kept in <c>PRAGMA user_version</c>; 0 means a file this provider has not set up yet.</summary>
    public const long Version = 1;

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>Opens <paramref name="fullPath"/>, creating the file, its directory and the table if missing.</summary>
    /// <exception cref="InvalidDataException">The file is not a SQLite database.</exception>
    /// <exception cref="NotSupportedException">The file has a schema version this code does not know.</exception>
    public static SqliteConnection Open(string fullPath, bool flushEachWrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // The storage keeps its one connection for life; a pool would only keep the file open after Dispose.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Initialize(connection, fullPath, flushEachWrite);
            return connection;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            connection.Dispose();
            throw new InvalidDataException($"'{fullPath}' is not a SQLite grain storage database: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Initialize(SqliteConnection connection, string fullPath, bool flushEachWrite)
    {
        // SQLite's own busy handler waits for another connection's write lock in steps of a few milliseconds;
        // without it, Microsoft.Data.Sqlite retries a busy statement only every 150 ms.
        Execute(connection, null, "PRAGMA busy_timeout = 30000;");

        // WAL: readers never block the writer, and a commit is one append, so a crash leaves the last commit or none.
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        Execute(connection, null, flushEachWrite ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
        if (UserVersion(connection, null) == Version)
        {
            return;
        }

        // IMMEDIATE: two storages opening a new file at once must not both create the schema.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = UserVersion(connection, transaction);
        if (version == 0)
        {
            Execute(connection, transaction, """
                CREATE TABLE IF NOT EXISTS grain_state (
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    state_name TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    payload TEXT NULL,
                    PRIMARY KEY (grain_type, grain_key, state_name)
                ) WITHOUT ROWID;
                PRAGMA user_version = 1; -- Version
                """);
        }
        else if (version != Version)
        {
            throw new NotSupportedException(
                $"'{fullPath}' has grain storage schema version {version}, but this IomSim.Runtime.Sqlite knows only "
                + $"version {Version}. Open it with the version of IomSim.Runtime.Sqlite that wrote it, or use another file.");
        }

        transaction.Commit();
    }

    private static long UserVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
