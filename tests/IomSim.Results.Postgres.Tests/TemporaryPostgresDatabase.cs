using Npgsql;

namespace IomSim.Results.Postgres.Tests;

/// <summary>
/// A fresh, empty database <c>iomsim_t_&lt;guid&gt;</c> on the test server, for one test, dropped afterwards: tests
/// run in parallel, across assemblies too, and none sees another's tables.
/// </summary>
public sealed class TemporaryPostgresDatabase : IDisposable
{
    private readonly string _adminConnectionString;

    /// <summary>Creates the database.</summary>
    /// <exception cref="InvalidOperationException">No server is configured, or it cannot be reached.</exception>
    public TemporaryPostgresDatabase()
    {
        var server = TestPostgres.Url ?? throw new InvalidOperationException(
            $"{TestPostgres.RequireVariable}=1 but {TestPostgres.UrlVariable} is not set: these tests need a PostgreSQL server");
        _adminConnectionString = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(server, TestPostgres.UrlVariable)) { Pooling = false }.ConnectionString;
        Name = "iomsim_t_" + Guid.NewGuid().ToString("N");
        var builder = new UriBuilder(server) { Path = "/" + Name };
        Url = builder.Uri.ToString();
        try
        {
            Execute($"CREATE DATABASE {Name};");
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"{TestPostgres.UrlVariable}={PostgresUrl.Redact(server)}: cannot create a test database there ({e.Message})", e);
        }
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>The database's URL, password included.</summary>
    public string Url { get; }

    /// <summary>A connection string to the database, for inspecting it directly.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(Url, "test")) { Pooling = false }.ConnectionString;

    /// <summary>Runs <paramref name="sql"/> in the database and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>Drops the database, closing whatever is still connected to it.</summary>
    public void Dispose() => Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE);");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
