using Microsoft.Data.Sqlite;

namespace IomSim.Results;

/// <summary>Opens a results file and makes sure it holds this schema, at a version this code understands.</summary>
internal static class ResultsSchema
{
    /// <summary>
    /// The schema version kept in <c>PRAGMA user_version</c>; 0 means a file not set up yet. Version 2 added each run's
    /// setting and time, each item's date, and the budget years; a version 1 file is upgraded in place when opened.
    /// </summary>
    public const long Version = 2;

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const int SqliteReadOnly = 8;
    private const int SqliteCannotOpen = 14;

    // The user_version is set in the same transaction as the tables, so a file is either set up or untouched.
    private static readonly string s_create = ResultsTables.CreateSql(" WITHOUT ROWID") + $"PRAGMA user_version = {Version};";
    private static readonly string s_upgrade = BudgetYearTable.UpgradeSql(" WITHOUT ROWID") + $"PRAGMA user_version = {Version};";

    /// <summary>Opens <paramref name="fullPath"/>, creating the file, its folder and the tables if missing.</summary>
    /// <exception cref="ResultsStoreException">The file is not a SQLite database, or has an unknown schema version.</exception>
    public static SqliteConnection Open(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            throw new ResultsStoreException($"{fullPath}: a folder (expected a results file such as results.db)");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsStoreException($"{fullPath}: cannot create the results file's folder ({e.Message})", e);
        }

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
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCannotOpen or SqliteReadOnly)
        {
            // A path the user gave that cannot hold a database (/proc/version, a read-only place): input to fix, not a failure.
            connection.Dispose();
            throw new ResultsStoreException($"{fullPath}: cannot open or create a results file there ({e.Message})", e);
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

            Execute(connection, transaction, s_create);
        }
        else if (version == 1)
        {
            Execute(connection, transaction, s_upgrade);
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
