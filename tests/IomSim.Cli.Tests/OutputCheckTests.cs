using System.Diagnostics;

namespace IomSim.Cli.Tests;

/// <summary>
/// Every output is checked before the first run (issue 20, item 7): an existing file given as a folder, a place in
/// <c>/proc</c> (which nobody, root included, can write) or a store that cannot be opened is refused at once with exit
/// code 2 and one line naming it; no run is played, so the results file is never made.
/// </summary>
public sealed class OutputCheckTests : IDisposable
{
    // Far below what playing the runs asked for takes (tens of seconds), far above reading the seeds and the scenario.
    private static readonly TimeSpan s_atOnce = TimeSpan.FromSeconds(30);

    private readonly ResultsFolder _folder = new();

    public static TheoryData<string, string> Outputs() => new()
    {
        { "/proc/version", "a file, not a folder" },
        { "/proc/iomsim-out", "cannot write into this folder" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Run_compare_and_sweep_refuse_an_out_folder_they_cannot_write_before_playing(string output, string expected)
    {
        var russia = Iomsim.Scenario("russia-2020.yaml");
        string[][] commands =
        [
            ["run", russia, "--runs", "2000"],
            ["compare", russia, "--runs", "2000"],
            ["sweep", russia, "--runs", "1000", "--vary", "parameters.noise=0.5..1.5:3"],
        ];
        foreach (var command in commands)
        {
            AssertRefusedAtOnce([.. command, "--out", output, "--store", _folder.Store], $"--out {output}: {expected}");
        }
    }

    [Fact]
    public void An_existing_file_given_as_the_out_folder_is_refused_and_left_as_it_was()
    {
        var file = _folder.Combine("result");
        File.WriteAllText(file, "mine");

        AssertRefusedAtOnce(["run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2000", "--out", file, "--store", _folder.Store], "a file, not a folder");

        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("/proc/version", "cannot open or create a results file there")]
    [InlineData("/proc/iomsim/results.db", "cannot create a results file there")]
    public void A_store_that_cannot_be_opened_or_made_is_refused_as_input_before_playing(string store, string expected)
    {
        var outcome = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2000", "--store", store);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_store_is_refused_as_input()
    {
        var outcome = Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "5", "--vary", "parameters.noise=0.5..1:2", "--store", _folder.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("a folder (expected a results file", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Per_run_tables_report_and_calibrate_refuse_a_file_in_proc_before_playing()
    {
        var russia = Iomsim.Scenario("russia-2020.yaml");
        AssertRefusedAtOnce(["run", russia, "--runs", "2000", "--per-run", "/proc/runs.csv", "--store", _folder.Store], "--per-run /proc/runs.csv: cannot write there");
        AssertRefusedAtOnce(["sweep", russia, "--runs", "1000", "--vary", "parameters.noise=0.5..1.5:3", "--per-run-votes", "/proc/votes.parquet", "--store", _folder.Store], "--per-run-votes /proc/votes.parquet: cannot write there");
        AssertRefusedAtOnce(["report", russia, "--runs", "2000", "--out", "/proc/report.html", "--store", _folder.Store], "cannot write the report to /proc/report.html");
        AssertRefusedAtOnce(["calibrate", russia, "--fit", "noise", "--runs", "200", "--out", "/proc/version"], "--out /proc/version: cannot write there");
    }

    [Fact]
    public void Members_and_backtest_refuse_an_out_folder_that_is_a_file_before_reading_anything_more()
    {
        AssertRefusedAtOnce(["members", "--out", "/proc/version"], "--out /proc/version: a file, not a folder");
        AssertRefusedAtOnce(["backtest", "--train-until", "2015", "--out", "/proc/version"], "--out /proc/version: a file, not a folder");
    }

    [Fact]
    public void Runs_export_refuses_a_file_in_proc()
    {
        AssertRefusedAtOnce(["runs", "export", "/proc/runs.csv", "--store", _folder.Store], "/proc/runs.csv: cannot write there");
    }

    public void Dispose() => _folder.Dispose();

    private void AssertRefusedAtOnce(string[] args, string expected)
    {
        var clock = Stopwatch.StartNew();
        var outcome = Iomsim.Run(args);

        Assert.True(outcome.ExitCode == 2, $"{string.Join(' ', args)}: exit code {outcome.ExitCode}: {outcome.Error}");
        Assert.Contains(expected, Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < s_atOnce, $"{string.Join(' ', args)}: refused only after {clock.Elapsed}");
        Assert.False(File.Exists(_folder.Store), $"{string.Join(' ', args)}: runs were stored before the output was checked");
    }
}
