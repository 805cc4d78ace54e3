using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary><c>iomsim sweep</c>: determinism across workers, the summary's shape, and bad <c>--vary</c> values.</summary>
public sealed class SweepTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void One_worker_or_two_give_byte_identical_json_and_csv()
    {
        var one = JsonAndCsv("one.db", "--parallel", "1");
        var two = JsonAndCsv("two.db", "--parallel", "2");

        Assert.Equal(one.Json, two.Json);
        Assert.Equal(one.Csv, two.Csv);
    }

    [Fact]
    public void Varying_noise_over_three_steps_summarises_each_setting_and_the_sensitivity()
    {
        var outcome = Sweep("noise.db", "--runs", "6", "--vary", "parameters.noise=0.5..2.5:3", "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("stored 18 of 18 runs (3 settings × 6)", outcome.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(outcome.Out);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("runs").GetInt32());
        var settings = root.GetProperty("settings").EnumerateArray().ToArray();
        Assert.Equal([0.5, 1.5, 2.5], settings.Select(s => s.GetProperty("values").GetProperty("parameters.noise").GetDouble()));
        Assert.Equal(3, settings.Select(s => s.GetProperty("key").GetString()).Distinct().Count());
        var admission = settings[0].GetProperty("events")[0];
        Assert.Equal("russia-2020/admission", admission.GetProperty("id").GetString());
        var adopted = admission.GetProperty("adopted");
        Assert.InRange(adopted.GetProperty("low").GetDouble(), 0, adopted.GetProperty("share").GetDouble());
        Assert.InRange(adopted.GetProperty("high").GetDouble(), adopted.GetProperty("share").GetDouble(), 1);
        var yes = admission.GetProperty("tally").GetProperty("yes");
        Assert.InRange(yes.GetProperty("mean").GetDouble(), yes.GetProperty("mean_low").GetDouble(), yes.GetProperty("mean_high").GetDouble());
        var effect = Assert.Single(root.GetProperty("sensitivity").EnumerateArray());
        Assert.Equal("parameters.noise", effect.GetProperty("path").GetString());
        Assert.InRange(effect.GetProperty("first_order_index").GetDouble(), 0, 1);
        Assert.Equal(3, effect.GetProperty("one_at_a_time").GetArrayLength());

        var table = Sweep("noise.db", "--runs", "6", "--vary", "parameters.noise=0.5..2.5:3", "--resume");
        Assert.Contains("stored 0 of 18 runs (3 settings × 6)", table.Error, StringComparison.Ordinal);
        Assert.Contains("setting 3 of 3: parameters.noise=2.5", table.Out, StringComparison.Ordinal);
        Assert.Contains("sensitivity of adoption", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_tidy_with_a_column_per_varied_number()
    {
        var outcome = Sweep("tidy.db", "--runs", "2", "--vary", "parameters.noise=1..2:2", "--vary", "relation.UKR.RUS=-1..0:2", "--format", "csv");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "scenario,seed,runs,version,parameters,setting,parameters.noise,relation.UKR.RUS,event,kind,measure,subject,statistic,value",
            lines[0]);
        Assert.Contains(lines, l => l.Contains(",3,2,0,russia-2020/admission,admission,adopted,,share,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",,1,-1,russia-2020/admission,admission,one-at-a-time,parameters.noise,adopted,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",,,,russia-2020/admission,admission,first-order-index,relation.UKR.RUS,adopted,", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_resume_stored_runs_are_played_again_and_the_program_says_so()
    {
        Assert.Equal(0, Sweep("again.db", "--runs", "2", "--vary", "parameters.noise=1..2:2").ExitCode);

        var again = Sweep("again.db", "--runs", "3", "--vary", "parameters.noise=1..2:2");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("stored 6 of 6 runs (2 settings × 3)", again.Error, StringComparison.Ordinal);
        Assert.Contains("4 of them were stored before and were played again and replaced", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parameters.noise=0.5..1.5", "--vary 'parameters.noise=0.5..1.5': expected PATH=FROM..TO:STEPS")]
    [InlineData("parameters.nosie=0..1:2", "--vary 'parameters.nosie=0..1:2': unknown parameter 'nosie' (expected one of: ")]
    [InlineData("parameters.noise=0..11:2", "--vary 'parameters.noise=0..11:2': parameters.noise must lie from 0 to 10, not 11")]
    [InlineData("parameters.noise=a..1:2", "--vary 'parameters.noise=a..1:2': FROM must be a number")]
    [InlineData("parameters.noise=0..1:0", "--vary 'parameters.noise=0..1:0': STEPS must be a whole number from 1 to 1000, not '0'")]
    [InlineData("behaviour.XYZ.attendance=0..1:2", "--vary 'behaviour.XYZ.attendance=0..1:2': no state XYZ in the seeds")]
    [InlineData("behaviour.UKR.mood=0..1:2", "--vary 'behaviour.UKR.mood=0..1:2': unknown behaviour field 'mood'")]
    [InlineData("relation.UKR.RUS=-2..1:2", "--vary 'relation.UKR.RUS=-2..1:2': relation.UKR.RUS must lie from -1 to 1, not -2")]
    [InlineData("speed=1..2:2", "--vary 'speed=1..2:2': unknown path 'speed'")]
    public void Bad_vary_values_exit_2_naming_the_option(string vary, string message)
    {
        var outcome = Sweep("bad.db", "--runs", "1", "--vary", vary);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"iomsim: {message}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_beyond_ten_thousand_settings_or_a_number_varied_twice_exits_2()
    {
        var big = Sweep("bad.db", "--runs", "1", "--vary", "parameters.noise=0..1:101", "--vary", "parameters.distance_weight=0..1:100");
        var twice = Sweep("bad.db", "--runs", "1", "--vary", "parameters.noise=0..1:2", "--vary", "parameters.noise=1..2:2");

        Assert.Equal(2, big.ExitCode);
        Assert.Equal("iomsim: --vary: 101 × 100 = 10100 settings; a sweep may have at most 10000", Assert.Single(big.ErrorLines));
        Assert.Equal(2, twice.ExitCode);
        Assert.Equal("iomsim: --vary: parameters.noise is varied twice (vary each number once)", Assert.Single(twice.ErrorLines));
    }

    [Fact]
    public void Run_many_times_names_the_pivotal_states_too()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "5", "--store", _folder.Combine("run.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    pivotal: no state in any run\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_varied_a_sweep_shares_the_runs_of_run()
    {
        Assert.Equal(0, Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "3", "--store", _folder.Combine("shared.db")).ExitCode);

        var sweep = Sweep("shared.db", "--runs", "3", "--resume");

        Assert.Equal(0, sweep.ExitCode);
        Assert.Contains("stored 0 of 3 runs (1 setting × 3)", sweep.Error, StringComparison.Ordinal);
        Assert.Contains("setting 1 of 1: as written", sweep.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_cancelled_before_it_plays_exits_1_and_creates_no_store()
    {
        // Ctrl+C while the sweep plans: it stops there, before the store is opened (SweepInterruptTests: later phases).
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var outcome = Iomsim.Run(cancellation.Token, "sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "5", "--store", _folder.Combine("cancelled.db"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["iomsim: cancelled"], outcome.ErrorLines);
        Assert.Equal("", outcome.Out);
        Assert.False(File.Exists(_folder.Combine("cancelled.db")));
    }

    public void Dispose() => _folder.Dispose();

    private (string Json, string Csv) JsonAndCsv(string store, params string[] extra)
    {
        string[] common = ["--runs", "4", "--seed", "7", "--vary", "parameters.noise=1..2:2", "--vary", "behaviour.USA.attendance=0.5..1:2"];
        var json = Sweep(store, [.. common, .. extra, "--format", "json"]);
        var csv = Sweep(store, [.. common, .. extra, "--format", "csv", "--resume"]);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, csv.ExitCode);
        return (json.Out, csv.Out);
    }

    private Iomsim.Outcome Sweep(string store, params string[] args) =>
        Iomsim.Run(["sweep", Iomsim.Scenario("russia-2020.yaml"), "--store", _folder.Combine(store), .. args]);
}
