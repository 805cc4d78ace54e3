using IomSim.Results.Postgres.Tests;

namespace IomSim.Cli.Tests;

/// <summary><c>--store postgres://...</c> and <c>IOMSIM_STORE</c>: the same behaviour and bytes as the SQLite file.</summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [PostgresFact]
    public void Run_twice_stores_in_the_database_and_says_the_second_reproduced_the_first_exactly_without_showing_the_password()
    {
        using var database = new TemporaryPostgresDatabase();
        string[] args = ["run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "3", "--format", "json", "--store", database.Url];

        var first = Iomsim.Run(args);
        var second = Iomsim.Run(args);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(first.Out, second.Out);
        Assert.Contains($"stored 3 runs in postgres://iomsim:***@", first.Error, StringComparison.Ordinal);
        Assert.Contains($"/{database.Name}; all 3 were stored before and reproduced exactly", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(":iomsim@", first.Error + second.Error, StringComparison.Ordinal);
        Assert.Equal(3L, database.Scalar("SELECT count(*) FROM run;"));
    }

    [PostgresFact]
    public void Without_store_the_IOMSIM_STORE_variable_names_the_database()
    {
        using var database = new TemporaryPostgresDatabase();

        var outcome = Iomsim.Run(new Dictionary<string, string> { ["IOMSIM_STORE"] = database.Url }, "run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(2L, database.Scalar("SELECT count(*) FROM run;"));
        Assert.Contains($"stored 2 runs in postgres://iomsim:***@", outcome.Error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_sweep_in_PostgreSQL_gives_the_bytes_of_the_same_sweep_in_SQLite_and_resumes_there()
    {
        using var database = new TemporaryPostgresDatabase();
        var sqlite = Sweep(_folder.Store, runs: 4);

        // Half the runs first, then the rest with --resume, as after an interrupted sweep.
        var half = Sweep(database.Url, runs: 2);
        var resumed = Sweep(database.Url, runs: 4, "--resume");

        Assert.Contains("stored 4 of 4 runs (2 settings × 2)", half.Json.Error, StringComparison.Ordinal);
        Assert.Contains("stored 4 of 8 runs (2 settings × 4) in postgres://iomsim:***@", resumed.Json.Error, StringComparison.Ordinal);
        Assert.Contains("; 4 were stored before and kept", resumed.Json.Error, StringComparison.Ordinal);
        Assert.Equal(sqlite.Json.Out, resumed.Json.Out);
        Assert.Equal(sqlite.Csv.Out, resumed.Csv.Out);
        Assert.Equal(8L, database.Scalar("SELECT count(*) FROM run;"));
    }

    [Fact]
    public void A_malformed_url_is_invalid_input_on_one_line_without_the_password()
    {
        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--store", "postgres://iomsim:secret@host:port/db");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(["iomsim: --store: 'postgres://iomsim:***@host:port/db' is not a usable PostgreSQL URL: expected postgres://user:password@host:port/database"], outcome.ErrorLines);
    }

    [Fact]
    public void A_server_that_is_not_there_fails_on_one_line_before_any_run()
    {
        var outcome = Iomsim.Run(
            new Dictionary<string, string> { ["IOMSIM_STORE"] = "postgres://iomsim:secret@127.0.0.1:1/results" },
            "run",
            Iomsim.Scenario("russia-2020.yaml"),
            "--runs",
            "500");

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("iomsim: postgres://iomsim:***@127.0.0.1:1/results: cannot connect to the results database: ", line, StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }

    [PostgresFact]
    public void A_database_of_another_schema_version_is_invalid_input_before_any_run()
    {
        using var database = new TemporaryPostgresDatabase();
        Assert.Equal(0, Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", database.Url).ExitCode);
        database.Scalar("UPDATE results_schema SET version = 7;");

        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", database.Url);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.EndsWith("results schema version 7, but this iomsim knows only version 2; use another database", line, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ((int ExitCode, string Out, string Error) Json, (int ExitCode, string Out, string Error) Csv) Sweep(string store, int runs, params string[] more)
    {
        string[] args = ["sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", $"{runs}", "--seed", "5", "--vary", "parameters.noise=1..2:2", "--store", store, .. more];
        var json = Iomsim.Run([.. args, "--format", "json"]);
        var csv = Iomsim.Run([.. args, "--format", "csv", "--resume"]);
        Assert.Equal((0, 0), (json.ExitCode, csv.ExitCode));
        return ((json.ExitCode, json.Out, json.Error), (csv.ExitCode, csv.Out, csv.Error));
    }
}
