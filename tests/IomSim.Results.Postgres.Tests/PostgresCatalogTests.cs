using IomSim.Engine.Results;
using IomSim.Results.Tests;
using IomSim.Testing;
using Npgsql;

namespace IomSim.Results.Postgres.Tests;

/// <summary>The PostgreSQL store lists, deletes and upgrades as the file does, and keeps budget years.</summary>
public sealed class PostgresCatalogTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public void Budget_years_settings_and_dates_load_back_and_runs_are_listed_and_deleted_by_time()
    {
        using var database = new TemporaryPostgresDatabase();
        var clock = new ManualTimeProvider(s_start);
        using var store = new PostgresResultsStore(database.Url, time: clock);
        var year = new BudgetYearRun(0, "synthetic/admission", 2021, 66, 5.5e9, 2.4e9, 0.44, 1, 2, 0.75, 0.18, 2.47e9, 0, 2.4e9, 3.9e7, 0, 0, 6.0e7, 6.0e7, 1234.5, 3, ["UKR"], true);
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 3)).Select(r => r with
        {
            Setting = new RunSetting("base", 1, "parameters.noise=0.5"),
            Events = [r.Events[0] with { Date = new DateOnly(2020, 11, 24), BudgetYear = year with { Run = r.RunIndex } }, r.Events[1]],
        }).ToArray();
        store.Save(runs);
        clock.Advance(TimeSpan.FromDays(10));
        store.Save(runs[2]);

        Assert.Equal<StoredRun>(runs, store.Load("abc123", 7));
        var group = Assert.Single(store.List());
        Assert.Equal((3, new RunSetting("base", 1, "parameters.noise=0.5"), s_start, s_start.AddDays(10)), (group.Runs, group.Setting, group.FirstStored, group.LastStored));
        Assert.True(group.TextBytes > 0);
        Assert.Equal(2, Assert.Single(store.List(s_start.AddDays(5))).Runs);
        Assert.Equal(2, store.Delete("abc123", 7, s_start.AddDays(5)));
        Assert.Equal([2], store.Load("abc123", 7).Select(r => r.RunIndex));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM budget_year_result WHERE run_index < 2;"));
        Assert.True(store.SizeBytes() > 0);
    }

    [PostgresFact]
    public void A_version_1_database_is_upgraded_in_place()
    {
        using var database = new TemporaryPostgresDatabase();
        using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand(ResultsTables.CreateVersion1Sql(string.Empty) + """
                CREATE TABLE results_schema (version INTEGER NOT NULL);
                INSERT INTO results_schema (version) VALUES (1);
                INSERT INTO run VALUES ('old', '5', 0, 'synthetic', '0.0.9');
                """, connection);
            command.ExecuteNonQuery();
        }

        using var store = new PostgresResultsStore(database.Url);

        Assert.Equal(2, database.Scalar("SELECT version FROM results_schema;"));
        var old = Assert.Single(store.List());
        Assert.Null(old.Setting);
        Assert.Null(old.FirstStored);
        Assert.Equal(1, store.Delete("old", 5));
    }
}
