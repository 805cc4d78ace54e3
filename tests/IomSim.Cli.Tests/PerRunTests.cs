using System.Globalization;
using System.Text.Json;
using IomSim.Results.Tests;

namespace IomSim.Cli.Tests;

/// <summary>
/// <c>--per-run</c>, <c>--per-run-votes</c> and <c>--no-store</c> end to end: the rows read back give the JSON summary
/// printed beside them, the same scenario and seed give the same bytes on one worker or two, and bad files are refused
/// before any run is played.
/// </summary>
public sealed class PerRunTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Outcome_shares_and_mean_tallies_from_the_rows_are_the_json_summary_s()
    {
        var items = _folder.Combine("russia.csv");
        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "20", "--format", "json",
            "--store", _folder.Store, "--per-run", items);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"wrote 40 rows (run × item) to {items}", outcome.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(outcome.Out);
        var table = PerRunFiles.Csv(items);
        foreach (var item in json.RootElement.GetProperty("events").EnumerateArray())
        {
            var rows = table.Where("item_id", item.GetProperty("id").GetString()!);
            Assert.Equal(20, rows.Rows.Count);
            foreach (var share in item.GetProperty("outcomes").EnumerateObject())
            {
                Assert.Equal(share.Value.GetDouble(), Rounded(rows.Column("outcome").Count(o => o == share.Name) / 20.0));
            }

            Assert.Equal(item.GetProperty("formal_vote_share").GetDouble(), Rounded(rows.Where("formal_vote", "true").Rows.Count / 20.0));
            var voted = rows.Where("formal_vote", "true");
            foreach (var column in (string[])["yes", "no", "abstain", "absent"])
            {
                var mean = item.GetProperty("tally").GetProperty(column).GetProperty("mean").GetDouble();
                Assert.Equal(mean, voted.Rows.Count == 0 ? 0 : Rounded(voted.Column(column).Average(Number)));
            }
        }
    }

    [Fact]
    public void Budget_years_figures_from_parquet_rows_are_the_json_funding_summary_s()
    {
        var items = _folder.Combine("funding.parquet");
        var outcome = Iomsim.Run("run", Iomsim.Scenario("funding-2021.yaml"), "--runs", "3", "--format", "json",
            "--store", _folder.Store, "--per-run", items);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var table = PerRunFiles.Parquet(items);
        var years = json.RootElement.GetProperty("funding").EnumerateArray().ToArray();
        Assert.Equal(2, years.Length);
        foreach (var year in years)
        {
            var rows = table.Where("budget_year", year.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture));
            var overall = year.GetProperty("coverage")[0];
            Assert.Equal(3, rows.Rows.Count);
            Assert.Equal(overall.GetProperty("coverage").GetDouble(), Rounded(rows.Column("coverage").Average(Number)));
            Assert.Equal(overall.GetProperty("cancelled").GetDouble(), Rounded(rows.Column("cancelled_projects").Average(Number)));
        }
    }

    [Fact]
    public void One_worker_or_two_write_byte_identical_tables()
    {
        string[] Tables(string name, string parallel)
        {
            var items = _folder.Combine($"{name}.csv");
            var votes = _folder.Combine($"{name}-votes.csv");
            var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "16", "--parallel", parallel, "--format", "json",
                "--no-store", "--per-run", items, "--per-run-votes", votes);
            Assert.Equal(0, outcome.ExitCode);
            return [File.ReadAllText(items), File.ReadAllText(votes)];
        }

        var one = Tables("one", "1");
        var two = Tables("two", "2");

        Assert.Equal(one, two);
        var votes = PerRunFiles.Csv(_folder.Combine("one-votes.csv"));
        var states = votes.Column("state").Distinct().Count();
        Assert.InRange(states, 100, 200);
        Assert.Equal(16 * states, votes.Rows.Count);
    }

    [Fact]
    public void A_sweep_s_tables_have_a_column_per_varied_path_and_the_same_bytes_on_one_worker_or_two()
    {
        string Table(string name, string parallel)
        {
            var items = _folder.Combine($"{name}.csv");
            var outcome = Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "3", "--vary", "parameters.noise=0.5..1.5:2",
                "--parallel", parallel, "--store", _folder.Combine($"{name}.db"), "--per-run", items);
            Assert.Equal(0, outcome.ExitCode);
            return File.ReadAllText(items);
        }

        var one = Table("one", "1");
        Assert.Equal(one, Table("two", "2"));
        var table = PerRunFiles.Csv(_folder.Combine("one.csv"));
        Assert.Equal(12, table.Rows.Count);
        Assert.Equal(["0.5", "1.5"], table.Column("vary_parameters_noise").Distinct());
        Assert.Equal(["parameters.noise=0.5", "parameters.noise=1.5"], table.Column("setting").Distinct());
    }

    [Fact]
    public void Compare_writes_the_counterfactual_s_runs_and_its_baseline_s()
    {
        var items = _folder.Combine("compare.csv");
        var outcome = Iomsim.Run("compare", Iomsim.Scenario("russia-2020-ukraine-in-arrears.yaml"), "--runs", "2", "--no-store", "--per-run", items);

        Assert.Equal(0, outcome.ExitCode);
        Assert.False(File.Exists(_folder.Store));
        Assert.Equal(["russia-2020-ukraine-in-arrears", "russia-2020"], PerRunFiles.Csv(items).Column("scenario_id").Distinct());
    }

    [Fact]
    public void No_store_keeps_the_runs_out_of_the_store_and_a_sweep_still_summarises_them()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--store", _folder.Store, "--no-store");
        var sweep = Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2", "--store", _folder.Store, "--no-store",
            "--per-run", _folder.Combine("sweep.csv"), "--format", "json");
        var resume = Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2", "--no-store", "--resume");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stored no runs (--no-store)", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, sweep.ExitCode);
        Assert.Contains("stored none (--no-store)", sweep.Error, StringComparison.Ordinal);
        Assert.Equal(4, PerRunFiles.Csv(_folder.Combine("sweep.csv")).Rows.Count);
        Assert.False(File.Exists(_folder.Store));
        Assert.Equal(2, resume.ExitCode);
        Assert.Contains("--no-store", resume.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    [InlineData("compare")]
    public void An_unknown_extension_or_an_unwritable_place_is_refused_before_any_run(string command)
    {
        File.WriteAllText(_folder.Combine("a-file"), "not a folder");
        var unknown = Iomsim.Run(command, Iomsim.Scenario("russia-2020.yaml"), "--store", _folder.Store, "--per-run", _folder.Combine("runs.xlsx"));
        var unwritable = Iomsim.Run(command, Iomsim.Scenario("russia-2020.yaml"), "--store", _folder.Store,
            "--per-run-votes", Path.Combine(_folder.Combine("a-file"), "votes.csv"));

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal($"iomsim: --per-run {_folder.Combine("runs.xlsx")}: unknown extension '.xlsx'; the file must end in .csv or .parquet", Assert.Single(unknown.ErrorLines));
        Assert.Equal(2, unwritable.ExitCode);
        Assert.StartsWith($"iomsim: --per-run-votes {Path.Combine(_folder.Combine("a-file"), "votes.csv")}: cannot write there", Assert.Single(unwritable.ErrorLines), StringComparison.Ordinal);

        // Nothing was played: no run was stored, so the results file was never made.
        Assert.False(File.Exists(_folder.Store));
    }

    public void Dispose() => _folder.Dispose();

    private static double Rounded(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero) + 0.0;

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);
}
