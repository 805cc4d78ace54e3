using System.Text.Json;
using IomSim.Runtime.Hosting;
using IomSim.Runtime.Storage;
using IomSim.Runtime.Testing;
using Microsoft.Data.Sqlite;

namespace IomSim.Runtime.Sqlite.Tests;

/// <summary>The file: creation, reopening, schema versions, foreign files, options.</summary>
public sealed class SqliteGrainStorageFileTests : IDisposable
{
    private static readonly GrainId s_grain = new("counter", "a");

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_state_survives_reopening_the_file()
    {
        using (var storage = new SqliteGrainStorage(_database.FilePath))
        {
            var state = new TestGrainState<Counter> { State = new Counter { Value = 42, Label = "kept" } };
            await storage.WriteStateAsync("counter", s_grain, state);
            await storage.WriteStateAsync("counter", s_grain, state);
        }

        using var reopened = new SqliteGrainStorage(_database.FilePath);
        var read = new TestGrainState<Counter>();
        await reopened.ReadStateAsync("counter", s_grain, read);
        Assert.Equal(new Counter { Value = 42, Label = "kept" }, read.State);
        Assert.Equal("2", read.ETag);
        Assert.True(read.RecordExists);

        // The version goes on from the stored one, so ETags stay deterministic across restarts.
        await reopened.WriteStateAsync("counter", s_grain, read);
        Assert.Equal("3", read.ETag);
    }

    [Fact]
    public void Opening_creates_the_directory_the_table_and_the_schema_version()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_database.FilePath)));

        using (var storage = new SqliteGrainStorage(_database.FilePath))
        {
            Assert.Equal(Path.GetFullPath(_database.FilePath), storage.DatabasePath);
        }

        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        Assert.Equal(1L, Scalar(connection, "PRAGMA user_version;"));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM grain_state;"));
    }

    [Fact]
    public void A_file_that_is_not_a_sqlite_database_gives_an_error_naming_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        var text = string.Concat(Enumerable.Repeat("This is a text file, not a database. ", 200));
        File.WriteAllText(_database.FilePath, text);

        var error = Assert.Throws<InvalidDataException>(() => new SqliteGrainStorage(_database.FilePath));

        Assert.Contains(Path.GetFullPath(_database.FilePath), error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite", error.Message, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(_database.FilePath));
    }

    [Fact]
    public void A_file_with_a_newer_schema_version_gives_an_error_naming_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            connection.Open();
            Scalar(connection, "PRAGMA user_version = 99;");
        }

        var error = Assert.Throws<NotSupportedException>(() => new SqliteGrainStorage(_database.FilePath));

        Assert.Contains(Path.GetFullPath(_database.FilePath), error.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task States_are_stored_as_json_with_the_given_options()
    {
        var options = new SqliteGrainStorageOptions
        {
            Path = _database.FilePath,
            JsonSerializerOptions = new JsonSerializerOptions { PropertyNamingPolicy = null },
        };
        using (var storage = new SqliteGrainStorage(options))
        {
            await storage.WriteStateAsync("counter", s_grain, new TestGrainState<Counter> { State = new Counter { Value = 5, Label = "x" } });
        }

        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        Assert.Equal("""{"Value":5,"Label":"x"}""", Scalar(connection, "SELECT payload FROM grain_state;"));
        Assert.Equal(1L, Scalar(connection, "SELECT version FROM grain_state;"));
    }

    [Fact]
    public void Options_reject_a_missing_path_and_two_serializers()
    {
        Assert.Throws<ArgumentException>(() => new SqliteGrainStorage(" "));
        Assert.Throws<ArgumentException>(() => new SqliteGrainStorage(new SqliteGrainStorageOptions
        {
            Path = _database.FilePath,
            Serializer = GrainStateSerializer.Default,
            JsonSerializerOptions = new JsonSerializerOptions(),
        }));
    }

    [Fact]
    public void AddSqliteGrainStorage_registers_the_provider_and_checks_the_path()
    {
        var options = new GrainRuntimeOptions();

        Assert.Same(options, options.AddSqliteGrainStorage(_database.FilePath));
        Assert.Same(options, options.AddSqliteGrainStorage(new SqliteGrainStorageOptions { Path = _database.FilePath }, "other"));
        Assert.Throws<ArgumentException>(() => options.AddSqliteGrainStorage(""));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
