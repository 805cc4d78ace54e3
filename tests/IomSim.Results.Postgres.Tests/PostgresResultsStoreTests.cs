using IomSim.Results.Tests;
using IomSim.Engine;
using IomSim.Testing;
using IomSim.Scenarios;
using IomSim.Seeds;

namespace IomSim.Results.Postgres.Tests;

/// <summary>The PostgreSQL store keeps runs as the SQLite file does: each test in a database of its own.</summary>
public sealed class PostgresResultsStoreTests
{
    [PostgresFact]
    public void Stored_runs_load_back_field_for_field_and_the_tables_hold_what_the_file_holds()
    {
        using var database = new TemporaryPostgresDatabase();
        var result = SyntheticResults.Of(runs: 3);
        using var store = new PostgresResultsStore(database.Url);

        Assert.Equal(3, store.Save(result));

        Assert.Equal<StoredRun>(StoredRuns.From(result), store.Load(result.ContentHash, result.Seed));
        Assert.Equal(3L, database.Scalar("SELECT count(*) FROM run;"));
        Assert.Equal(6L, database.Scalar("SELECT count(*) FROM event_result;"));
        Assert.Equal("7", database.Scalar("SELECT seed FROM run WHERE run_index = 0;"));
        Assert.Equal("""{"GEO":"no","UKR":"no","USA":"abstain"}""", database.Scalar("SELECT votes FROM event_result WHERE run_index = 0 AND position = 0;"));
        Assert.Equal(DBNull.Value, database.Scalar("SELECT tally_yes FROM event_result WHERE run_index = 0 AND position = 1;"));
        Assert.Equal(2, database.Scalar("SELECT version FROM results_schema;"));
    }

    [PostgresFact]
    public void Storing_a_run_again_replaces_it_and_runs_are_kept_apart_by_hash_and_seed()
    {
        using var database = new TemporaryPostgresDatabase();
        using var store = new PostgresResultsStore(database.Url);
        store.Save(SyntheticResults.Of(runs: 2, version: "0.0.9"));
        store.Save(SyntheticResults.Of(runs: 1, version: "0.1.0"));
        store.Save(SyntheticResults.Of(runs: 1, seed: ulong.MaxValue));
        store.Save(SyntheticResults.Of(runs: 3, hash: "other"));

        Assert.Equal(["0.1.0", "0.0.9"], store.Load("abc123", 7).Select(r => r.Version));
        Assert.Equal(ulong.MaxValue, Assert.Single(store.Load("abc123", ulong.MaxValue)).Seed);
        Assert.Equal([0, 1], store.Load("other", 7, runs: 2).Select(r => r.RunIndex));
        Assert.Equal([0, 2], store.StoredIndices("other", 7, 5).Remove(1));
        Assert.Equal([0, 1, 2], store.StoredIndices("other", 7, 5));
        Assert.Empty(store.StoredIndices("abc123", 8, 5));
    }

    [PostgresFact]
    public void The_tables_survive_reopening_and_a_second_store_sees_the_first_ones_runs()
    {
        using var database = new TemporaryPostgresDatabase();
        using (var first = new PostgresResultsStore(database.Url))
        {
            first.Save(SyntheticResults.Of(runs: 2));
        }

        using var second = new PostgresResultsStore(database.Url);

        Assert.Equal(2, second.Load("abc123", 7).Length);
    }

    [PostgresFact]
    public void A_database_of_another_schema_version_is_refused_clearly()
    {
        using var database = new TemporaryPostgresDatabase();
        using (new PostgresResultsStore(database.Url))
        {
        }

        database.Scalar("UPDATE results_schema SET version = 3;");

        var error = Assert.Throws<ResultsStoreException>(() => new PostgresResultsStore(database.Url));
        Assert.Contains("results schema version 3, but this iomsim knows only version 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":iomsim@", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_database_holding_other_tables_is_not_taken_over()
    {
        using var database = new TemporaryPostgresDatabase();
        database.Scalar("CREATE TABLE customers (id integer);");

        var error = Assert.Throws<ResultsStoreException>(() => new PostgresResultsStore(database.Url));

        Assert.Contains("not an iomsim results database", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'run';"));
    }

    [PostgresFact]
    public void A_wrong_password_is_one_clear_error_that_does_not_show_it()
    {
        using var database = new TemporaryPostgresDatabase();
        var wrong = new UriBuilder(database.Url) { Password = "not-the-password" }.Uri.ToString();

        var error = Assert.Throws<ResultsStoreUnreachableException>(() => new PostgresResultsStore(wrong));

        Assert.Contains("cannot connect to the results database", error.Message, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_run_of_Russia_2020_stored_in_PostgreSQL_loads_back_equal_to_the_same_run_stored_in_SQLite()
    {
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"), world);
        var result = new ScenarioEngine(world).Run(scenario, runs: 4, seed: 2020, parallelism: 2);
        using var database = new TemporaryPostgresDatabase();
        using var file = new TemporaryDatabase();
        using var postgres = new PostgresResultsStore(database.Url);
        using var sqlite = new ResultsStore(file.FilePath);

        postgres.Save(result);
        sqlite.Save(result);

        var fromPostgres = postgres.Load(scenario.Source.ContentHash, 2020);
        Assert.Equal(4, fromPostgres.Length);
        Assert.Equal<StoredRun>(sqlite.Load(scenario.Source.ContentHash, 2020), fromPostgres);
        Assert.Equal<StoredRun>(StoredRuns.From(result), fromPostgres);
    }
}
