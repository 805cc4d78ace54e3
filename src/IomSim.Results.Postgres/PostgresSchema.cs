using System.Globalization;
using Npgsql;

namespace IomSim.Results.Postgres;

/// <summary>
/// Makes sure a PostgreSQL database holds the results tables at a schema version this code understands: the tables of
/// the SQLite file, and a one-row table <c>results_schema</c> in place of SQLite's <c>PRAGMA user_version</c>.
/// </summary>
internal static class PostgresSchema
{
    // Any fixed number: programs setting up one database at once take turns on this transaction-scoped lock.
    private const long SetupLock = 0x696F6D73696D;

    private static readonly string s_create =
        ResultsTables.CreateSql(string.Empty)
        + "CREATE TABLE results_schema (version INTEGER NOT NULL);"
        + $"INSERT INTO results_schema (version) VALUES ({ResultsSchema.Version});";

    /// <summary>Creates the tables in an empty database; checks the version of a set-up one.</summary>
    /// <exception cref="ResultsStoreException">The database holds other tables, or results of another schema version.</exception>
    public static void Initialize(NpgsqlConnection connection, string location)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({SetupLock});");
        if (Scalar(connection, transaction, "SELECT to_regclass('results_schema') IS NOT NULL;") is true)
        {
            var version = Convert.ToInt64(Scalar(connection, transaction, "SELECT max(version) FROM results_schema;") ?? 0L, CultureInfo.InvariantCulture);
            if (version == 1)
            {
                // Version 2 only adds columns and a table: an older database is upgraded in place.
                Execute(connection, transaction, BudgetYearTable.UpgradeSql(string.Empty) + $"UPDATE results_schema SET version = {ResultsSchema.Version};");
            }
            else if (version != ResultsSchema.Version)
            {
                throw new ResultsStoreException(
                    $"{location}: results schema version {version}, but this iomsim knows only version {ResultsSchema.Version}; use another database");
            }
        }
        else if (Convert.ToInt64(Scalar(connection, transaction, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema();"), CultureInfo.InvariantCulture) > 0)
        {
            throw new ResultsStoreException($"{location}: a PostgreSQL database, but not an iomsim results database (it holds other tables)");
        }
        else
        {
            Execute(connection, transaction, s_create);
        }

        transaction.Commit();
    }

    private static object? Scalar(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
