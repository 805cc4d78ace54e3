using Microsoft.Data.Sqlite;

namespace IomSim.Results;

/// <summary>Opens a results file and makes sure it holds this schema, at a version this code understands.</summary>
internal static class ResultsSchema
{
    /// <summary>The schema version kept in <c>PRAGMA user_version</c>; 0 means a file not set up yet.</summary>
    public const long Version = 1;

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private const string Create = """
        CREATE TABLE IF NOT EXISTS run (
            content_hash TEXT NOT NULL,
            seed TEXT NOT NULL,
            run_index INTEGER NOT NULL,
            scenario_id TEXT NOT NULL,
            version TEXT NOT NULL,
            PRIMARY KEY (content_hash, seed, run_index)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS event_result (
            content_hash TEXT NOT NULL,
            seed TEXT NOT NULL,
            run_index INTEGER NOT NULL,
            position INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            tally_yes INTEGER NULL,
            tally_no INTEGER NULL,
            tally_abstain INTEGER NULL,
            tally_absent INTEGER NULL,
            tally_not_entitled INTEGER NULL,
            objectors TEXT NOT NULL,
            requested_vote TEXT NOT NULL,
            votes TEXT NOT NULL,
            reasons TEXT NOT NULL,
            PRIMARY KEY (content_hash, seed, run_index, position)
        ) WITHOUT ROWID;
        PRAGMA user_version = 1; -- Version
        """;

    /// <summary>Opens <paramref name="fullPath"/>, creating the file, its folder and the tables if missing.</summary>
    /// <exception cref="ResultsStoreException">The file is not a SQLite database, or has an unknown schema version.</exception>
    public static SqliteConnection Open(string fullPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Initialize(connection, fullPath);
            return connection;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            connection.Dispose();
            throw new ResultsStoreException($"{fullPath}: not an iomsim results database ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Initialize(SqliteConnection connection, string fullPath)
    {
        Execute(connection, null, "PRAGMA busy_timeout = 30000;");
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        Execute(connection, null, "PRAGMA synchronous = NORMAL;");
        if (UserVersion(connection, null) == Version)
        {
            return;
        }

        // IMMEDIATE: two programs opening a new file at once must not both create the schema.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = UserVersion(connection, transaction);
        if (version == 0)
        {
            if (HasTables(connection, transaction))
            {
                throw new ResultsStoreException($"{fullPath}: a SQLite database, but not an iomsim results database (it holds other tables)");
            }

            Execute(connection, transaction, Create);
        }
        else if (version != Version)
        {
            throw new ResultsStoreException(
                $"{fullPath}: results schema version {version}, but this iomsim knows only version {Version}; use another --store file");
        }

        transaction.Commit();
    }

    private static bool HasTables(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table';";
        return (long)command.ExecuteScalar()! > 0;
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
