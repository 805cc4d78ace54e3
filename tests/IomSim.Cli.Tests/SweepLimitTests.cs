namespace IomSim.Cli.Tests;

/// <summary>
/// Sweeps too big to start and ranges that are not numbers (issue 20, item 6): refused before anything is played, with
/// exit code 2 and one line saying why; --force plays a large one.
/// </summary>
public sealed class SweepLimitTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void A_sweep_of_ten_billion_runs_is_refused_at_once_with_its_size_and_stores_nothing()
    {
        var outcome = Iomsim.Run(
            "sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1000000",
            "--vary", "parameters.noise=0..1:100", "--vary", "parameters.relation_weight=0..1:100", "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.Contains("10,000 settings × 1,000,000 runs = 10,000,000,000 runs", line, StringComparison.Ordinal);
        Assert.Contains("at most 1,000,000 runs unless --force", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Store));
    }

    [Fact]
    public void The_limit_counts_an_experiment_files_settings_too()
    {
        var file = _folder.Combine("big.yaml");
        File.WriteAllText(file, $"""
            experiment: big
            description: a grid too large to play
            scenario: {Iomsim.Scenario("russia-2020.yaml")}
            runs: 1000
            design: grid
            vary:
              - {"{"} path: parameters.noise, from: 0, to: 1, steps: 100 {"}"}
              - {"{"} path: parameters.relation_weight, from: 0, to: 1, steps: 20 {"}"}
            measures: [outcome]
            """);

        var outcome = Iomsim.Run("sweep", file, "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("2,000 settings × 1,000 runs = 2,000,000 runs", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Store));
    }

    [Fact]
    public void With_force_a_sweep_beyond_the_limit_is_played()
    {
        // 1,000,001 runs would take too long here; the limit is checked on settings × runs, so one setting of the
        // largest --runs the command takes is beyond it, and --force lets it start: Ctrl+C (cancelled at once) ends it.
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var refused = Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1000000", "--vary", "parameters.noise=0..1:2", "--store", _folder.Store);
        var forced = Iomsim.Run(cancellation.Token, "sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1000000", "--vary", "parameters.noise=0..1:2", "--store", _folder.Store, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(1, forced.ExitCode);
        Assert.Equal("iomsim: cancelled", forced.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("parameters.noise=0..NaN:2", "must be finite numbers from 0 to 10, not NaN")]
    [InlineData("parameters.noise=NaN..1:2", "must be finite numbers from 0 to 10, not NaN")]
    [InlineData("parameters.noise=0..Infinity:2", "must be finite numbers from 0 to 10, not Infinity")]
    [InlineData("parameters.noise=-Infinity..1:2", "must be finite numbers from 0 to 10, not -Infinity")]
    [InlineData("parameters.noise=0..inf:2", "TO must be a number")]
    [InlineData("parameters.noise=0..1e400:2", "TO must be a number")]
    [InlineData("parameters.noise=0..1:99999999999", "STEPS must be a whole number from 1 to 1000")]
    [InlineData("parameters.noise=0..1:-3", "STEPS must be a whole number from 1 to 1000")]
    [InlineData("parameters.noise=-1..1:2", "must lie from 0 to 10, not -1")]
    public void A_range_that_is_not_a_finite_number_in_range_is_refused_with_exit_code_2(string vary, string expected)
    {
        var outcome = Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2", "--vary", vary, "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Store));
    }

    public void Dispose() => _folder.Dispose();
}
