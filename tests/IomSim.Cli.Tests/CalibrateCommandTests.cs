namespace IomSim.Cli.Tests;

/// <summary><c>iomsim calibrate</c>: the fit before and after, the calibration file, and bad input.</summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Calibrating_noise_on_Russia_2020_reports_before_and_after_and_writes_a_file_a_scenario_can_include()
    {
        var file = _folder.Combine("russia-2020.yaml");
        var outcome = Iomsim.Run(
            "calibrate", Iomsim.Scenario("russia-2020.yaml"), "--fit", "noise", "--hold-out", Iomsim.Scenario("china-2016.yaml"),
            "--runs", "6", "--max-evaluations", "8", "--out", file, "--parallel", "2");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("calibration of noise on russia-2020; held out: china-2016", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("russia-2020  fitted    russia-2020/admission", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("china-2016   held out  china-2016/admission-chn", outcome.Out, StringComparison.Ordinal);
        Assert.Contains($"wrote {file}", outcome.Error, StringComparison.Ordinal);

        var written = File.ReadAllText(file);
        Assert.Contains("fitted_on: [russia-2020]", written, StringComparison.Ordinal);
        Assert.Contains("held_out: [china-2016]", written, StringComparison.Ordinal);
        Assert.Contains("runs: 6\n  seed: 2020\n", written, StringComparison.Ordinal);
        Assert.Contains("parameters:\n  noise: ", written, StringComparison.Ordinal);

        // The same calibration again gives the same bytes: no timestamp.
        var again = _folder.Combine("again.yaml");
        Iomsim.Run(
            "calibrate", Iomsim.Scenario("russia-2020.yaml"), "--fit", "noise", "--hold-out", Iomsim.Scenario("china-2016.yaml"),
            "--runs", "6", "--max-evaluations", "8", "--out", again, "--parallel", "1");
        Assert.Equal(written, File.ReadAllText(again));

        var scenario = _folder.Combine("calibrated.yaml");
        File.WriteAllText(scenario, File.ReadAllText(Iomsim.Scenario("russia-2020.yaml"))
            .Replace("id: russia-2020", "id: calibrated", StringComparison.Ordinal)
            .Replace("  calibrated: false\n", "  parameters_from: russia-2020.yaml\n", StringComparison.Ordinal));
        var run = Iomsim.Run("run", scenario, "--store", _folder.Store, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"calibrated\": true", run.Out, StringComparison.Ordinal);

        // Fitted on the Russia 2020 record: a replay of it is labelled in sample, and cannot be held out.
        Assert.Contains("fitted_on_events: [{ id: russia-2020, date: 2020-11-24 }]", written, StringComparison.Ordinal);
        Assert.Contains("IN SAMPLE for russia-2020", run.Out, StringComparison.Ordinal);
        var refused = Iomsim.Run("calibrate", Iomsim.Scenario("china-2016.yaml"), "--fit", "noise", "--hold-out", scenario, "--runs", "1", "--max-evaluations", "1");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--hold-out: scenario 'calibrated' takes its parameters from russia-2020.yaml, fitted on russia-2020", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Leave_one_out_predicts_each_event_from_the_earlier_ones_only()
    {
        var outcome = Iomsim.Run(
            "calibrate", Iomsim.Scenario("dg-election-2018.yaml"), Iomsim.Scenario("china-2016.yaml"), "--fit", "noise", "--leave-one-out",
            "--runs", "2", "--max-evaluations", "3", "--parallel", "2");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("leave-one-out of noise over 2 documented events", outcome.Out, StringComparison.Ordinal);
        Assert.Matches(@"china-2016\s+2016-06-30\s+nothing before it\s+stated defaults", outcome.Out);
        Assert.Matches(@"dg-election-2018\s+2018-06-29\s+china-2016\s+noise \d", outcome.Out);

        var mixed = Iomsim.Run("calibrate", Iomsim.Scenario("china-2016.yaml"), "--fit", "noise", "--leave-one-out", "--hold-out", Iomsim.Scenario("russia-2020.yaml"));
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("--leave-one-out: every scenario takes its turn", mixed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nois", "--fit: unknown parameter 'nois' (expected a comma-separated list of: admission_baseline,")]
    [InlineData("noise,noise", "--fit: parameter 'noise' is named twice")]
    [InlineData("noise,", "--fit: unknown parameter '' (expected")]
    public void A_bad_fit_list_exits_2_with_one_line(string fit, string message)
    {
        var outcome = Iomsim.Run("calibrate", Iomsim.Scenario("russia-2020.yaml"), "--fit", fit, "--out", _folder.Combine("x.yaml"));

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith(message, line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("x.yaml")));
    }

    [Fact]
    public void Bad_files_exit_2_with_one_line()
    {
        var missing = Iomsim.Run("calibrate", _folder.Combine("none.yaml"), "--fit", "noise");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.yaml: no such file", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);

        var nothingOnRecord = Iomsim.Run("calibrate", Iomsim.Scenario("funding-2021.yaml"), "--fit", "noise");
        Assert.Equal(2, nothingOnRecord.ExitCode);
        Assert.Contains("nothing on record to fit to", Assert.Single(nothingOnRecord.ErrorLines), StringComparison.Ordinal);

        var noFit = Iomsim.Run("calibrate", Iomsim.Scenario("russia-2020.yaml"));
        Assert.Equal(2, noFit.ExitCode);

        var scenario = _folder.Combine("bad.yaml");
        File.WriteAllText(_folder.Combine("fit.yaml"), "parameters:\n  noise: lots\n");
        File.WriteAllText(scenario, File.ReadAllText(Iomsim.Scenario("russia-2020.yaml"))
            .Replace("  calibrated: false\n", "  parameters_from: fit.yaml\n", StringComparison.Ordinal));
        var badFile = Iomsim.Run("calibrate", scenario, "--fit", "noise");
        Assert.Equal(2, badFile.ExitCode);
        Assert.Matches(@"fit\.yaml:2:10: noise \(not shown\) is not a number", Assert.Single(badFile.ErrorLines));
    }
}
