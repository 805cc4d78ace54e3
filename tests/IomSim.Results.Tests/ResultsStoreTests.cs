using IomSim.Testing;
using Microsoft.Data.Sqlite;

namespace IomSim.Results.Tests;

public sealed class ResultsStoreTests : IDisposable
{
    private readonly TemporaryDatabase _file = new();

    [Fact]
    public void A_new_file_and_its_folder_are_created_with_the_schema_version()
    {
        using (new ResultsStore(_file.FilePath))
        {
        }

        Assert.True(File.Exists(_file.FilePath));
        Assert.Equal(ResultsSchema.Version, Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public void Stored_runs_load_back_field_for_field_by_run_index()
    {
        var result = SyntheticResults.Of(runs: 3);
        using var store = new ResultsStore(_file.FilePath);

        Assert.Equal(3, store.Save(result));
        var loaded = store.Load(result.ContentHash, result.Seed);

        Assert.Equal<StoredRun>(StoredRuns.From(result), loaded);
        Assert.Equal([0, 1, 2], loaded.Select(r => r.RunIndex));
        var first = loaded[0];
        Assert.Equal(("synthetic", "abc123", 7UL, "0.1.0"), (first.ScenarioId, first.ContentHash, first.Seed, first.Version));
        Assert.Equal(["synthetic/admission", "synthetic/acceptance"], first.Events.Select(e => e.EventId));
        Assert.Equal(new Domain.Procedure.Tally(100, 2, 3, 10, 1), first.Events[0].Tally);
        Assert.Null(first.Events[1].Tally);
        Assert.Equal("no", first.Events[0].Votes["UKR"]);
        Assert.Equal<string>(["UKR"], first.Events[0].RequestedVote);
    }

    [Fact]
    public void The_file_holds_one_row_per_run_and_per_item_with_votes_as_json()
    {
        using (var store = new ResultsStore(_file.FilePath))
        {
            store.Save(SyntheticResults.Of(runs: 2));
        }

        Assert.Equal(2L, Scalar("SELECT count(*) FROM run;"));
        Assert.Equal(4L, Scalar("SELECT count(*) FROM event_result;"));
        Assert.Equal("""{"GEO":"no","UKR":"no","USA":"abstain"}""", Scalar("SELECT votes FROM event_result WHERE run_index = 0 AND position = 0;"));
        Assert.Equal(100L, Scalar("SELECT tally_yes FROM event_result WHERE run_index = 0 AND position = 0;"));
        Assert.Equal(DBNull.Value, Scalar("SELECT tally_yes FROM event_result WHERE run_index = 0 AND position = 1;"));
    }

    [Fact]
    public void Storing_a_run_again_replaces_it()
    {
        using var store = new ResultsStore(_file.FilePath);
        store.Save(SyntheticResults.Of(runs: 2, version: "0.0.9"));
        store.Save(SyntheticResults.Of(runs: 1, version: "0.1.0"));

        var loaded = store.Load("abc123", 7);

        Assert.Equal(["0.1.0", "0.0.9"], loaded.Select(r => r.Version));
        Assert.Equal(2, loaded[0].Events.Length);
    }

    [Fact]
    public void Runs_are_kept_apart_by_content_hash_and_seed_and_a_large_seed_reads_back_exactly()
    {
        using var store = new ResultsStore(_file.FilePath);
        store.Save(SyntheticResults.Of(runs: 1, seed: ulong.MaxValue));
        store.Save(SyntheticResults.Of(runs: 2, seed: 1));
        store.Save(SyntheticResults.Of(runs: 3, seed: 1, hash: "other"));

        Assert.Equal(ulong.MaxValue, Assert.Single(store.Load("abc123", ulong.MaxValue)).Seed);
        Assert.Equal(2, store.Load("abc123", 1).Length);
        Assert.Equal(3, store.Load("other", 1).Length);
        Assert.Empty(store.Load("abc123", 2));
        Assert.Equal([0], store.Load("other", 1, runs: 1).Select(r => r.RunIndex));
        Assert.Equal([0, 1], store.Load("other", 1, runs: 2).Select(r => r.RunIndex));
    }

    [Fact]
    public void A_run_that_fails_to_store_leaves_nothing_of_itself_and_keeps_what_was_there()
    {
        using var store = new ResultsStore(_file.FilePath);
        var stored = StoredRuns.From(SyntheticResults.Of(runs: 1));
        store.Save(stored[0]);
        var broken = stored[0] with
        {
            Version = "broken",
            Events = [stored[0].Events[0], stored[0].Events[1] with { EventId = null! }],
        };

        Assert.ThrowsAny<Exception>(() => store.Save(broken));

        Assert.Equal<StoredRun>(stored, store.Load("abc123", 7));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        File.WriteAllText(_file.FilePath, "not a database, just text that is long enough to have a header page of its own......");

        var error = Assert.Throws<ResultsStoreException>(() => new ResultsStore(_file.FilePath));

        Assert.Contains(_file.FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_of_other_tables_or_of_a_newer_schema_is_refused()
    {
        Execute("CREATE TABLE grain_state (x INTEGER);");
        Assert.Contains("not an iomsim results database", Assert.Throws<ResultsStoreException>(() => new ResultsStore(_file.FilePath)).Message, StringComparison.Ordinal);

        Execute("DROP TABLE grain_state; PRAGMA user_version = 99;");
        Assert.Contains("schema version 99", Assert.Throws<ResultsStoreException>(() => new ResultsStore(_file.FilePath)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_file_is_under_the_users_local_data_folder()
    {
        var path = ResultsStore.DefaultPath();

        Assert.EndsWith(Path.Combine("iomsim", "results.db"), path, StringComparison.Ordinal);
        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), path, StringComparison.Ordinal);
    }

    public void Dispose() => _file.Dispose();

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(_file.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.FilePath)!);
        using var connection = new SqliteConnection(_file.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
