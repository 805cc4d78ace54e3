namespace IomSim.Cli.Tests.Install;

/// <summary>A scenario is named by its id as <c>list</c> shows it, or by a path; typos get a suggestion.</summary>
public sealed class ScenarioByIdTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void An_id_runs_the_same_scenario_as_its_path()
    {
        var byPath = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2", "--format", "json", "--store", _folder.Store);
        var byId = Iomsim.Run("run", "russia-2020", "--runs", "2", "--format", "json", "--store", _folder.Store);

        Assert.Equal(0, byPath.ExitCode);
        Assert.Equal(0, byId.ExitCode);
        Assert.Equal(byPath.Out, byId.Out);
        Assert.Contains("\"scenario\": \"russia-2020\"", byId.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "china-2016")]
    [InlineData("validate", "funding-2021")]
    public void Every_command_that_reads_a_scenario_takes_an_id(string command, string id)
    {
        var outcome = Iomsim.Run(command, id);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("valid: ", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counterfactual_named_by_id_finds_its_baseline_beside_it()
    {
        var outcome = Iomsim.Run("compare", "russia-2020-ukraine-in-arrears", "--runs", "1", "--store", _folder.Store);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("running the baseline russia-2020", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_exits_2_saying_where_it_looked_and_the_nearest_id()
    {
        var outcome = Iomsim.Run("run", "russia-202", "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("russia-202: no such scenario (looked for russia-202.yaml in scenarios/ and in ", line, StringComparison.Ordinal);
        Assert.EndsWith("; did you mean `russia-2020`?", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Store));
    }

    [Fact]
    public void An_id_far_from_every_scenario_gets_no_suggestion()
    {
        var outcome = Iomsim.Run("validate", "zzzzzzzzzzzz");

        Assert.Equal(2, outcome.ExitCode);
        Assert.DoesNotContain("did you mean", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_says_it_looked_here_and_in_the_program_folder()
    {
        var outcome = Iomsim.Run("validate", "nowhere/scenario.yaml");

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("nowhere/scenario.yaml: no such file, here or in the program's folder ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rnu", "'rnu'; did you mean `run` or `runs`?")]
    [InlineData("valdate", "'valdate'; did you mean `validate`?")]
    [InlineData("run russia-2020 --rnus 1", "'--rnus'; did you mean `--runs`?")]
    [InlineData("members --dat 2020-11-24", "'--dat'; did you mean `--date`?")]
    public void A_mistyped_command_or_option_exits_2_with_a_suggestion(string line, string expected)
    {
        var outcome = Iomsim.Run(line.Split(' '));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("iomsim: ", StringComparison.Ordinal) && l.EndsWith(expected, StringComparison.Ordinal));
        Assert.Equal(string.Empty, outcome.Out);
    }

    [Fact]
    public void A_stray_word_gets_no_option_suggested()
    {
        var outcome = Iomsim.Run("valdate", "x");

        Assert.Equal(2, outcome.ExitCode);
        Assert.DoesNotContain(outcome.ErrorLines, l => l.Contains("'x'; did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void From_another_folder_an_id_finds_the_scenarios_beside_the_program()
    {
        using var process = IomsimProcess.Start(["validate", "russia-2020"], _folder.Path);
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "iomsim validate did not end within 60 s");

        Assert.True(process.ExitCode == 0, error);
        Assert.Equal("valid: 2 sessions, 2 items\n", output);
    }

    public void Dispose() => _folder.Dispose();
}
