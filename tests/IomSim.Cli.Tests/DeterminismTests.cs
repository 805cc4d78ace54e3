namespace IomSim.Cli.Tests;

/// <summary>Same scenario and seed, same bytes: whatever the parallelism, to standard output or to a file.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void The_same_seed_gives_byte_identical_json_on_one_thread_or_several()
    {
        var first = Json(30, "--seed", "11", "--parallel", "1");
        var second = Json(30, "--seed", "11", "--parallel", "3");
        var third = Json(30, "--seed", "11", "--parallel", "1");

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void Another_seed_gives_other_json()
    {
        Assert.NotEqual(Json(30, "--seed", "11"), Json(30, "--seed", "12"));
    }

    [Fact]
    public void Csv_is_deterministic_too_and_labels_the_parameters_on_every_row()
    {
        var args = new[] { "run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "8", "--format", "csv", "--store", _folder.Store };
        var first = Iomsim.Run(args);
        var second = Iomsim.Run(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        var lines = first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("scenario,seed,runs,version,parameters,event,kind,measure,subject,statistic,value", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("russia-2020,2020,8,", line, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.Contains(",\"stated defaults, not calibrated\",", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith(",russia-2020/admission,admission,outcome,adopted-by-vote,share,1", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_writes_the_same_json_into_the_folder_and_leaves_no_temporary_file()
    {
        var target = _folder.Combine(Path.Combine("nested", "out"));
        var written = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "5", "--format", "json", "--out", target, "--store", _folder.Store);

        Assert.True(written.ExitCode == 0, written.Error);
        Assert.Equal(string.Empty, written.Out);
        Assert.Contains($"wrote {Path.Combine(target, "result.json")}", written.Error, StringComparison.Ordinal);
        Assert.Equal(["result.json"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Equal(Json(5), File.ReadAllText(Path.Combine(target, "result.json")));
    }

    [Fact]
    public void Out_replaces_an_earlier_file_whole()
    {
        var target = _folder.Combine("out");
        Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "5", "--format", "csv", "--out", target, "--store", _folder.Store);
        var again = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2", "--format", "csv", "--out", target, "--store", _folder.Store);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(["result.csv"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Assert.All(File.ReadAllLines(Path.Combine(target, "result.csv")).Skip(1), line => Assert.StartsWith("russia-2020,2020,2,", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_rerun_with_the_same_seed_reports_that_it_reproduced_the_stored_runs()
    {
        var first = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "6", "--store", _folder.Store);
        var again = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "6", "--store", _folder.Store);

        Assert.Contains($"stored 6 runs in {_folder.Store}", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("stored before", first.Error, StringComparison.Ordinal);
        Assert.Contains("all 6 were stored before and reproduced exactly", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rerun_that_differs_from_a_stored_run_says_so_and_replaces_it()
    {
        var first = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "3", "--format", "json", "--store", _folder.Store);
        var hash = System.Text.Json.JsonDocument.Parse(first.Out).RootElement.GetProperty("content_hash").GetString()!;
        using (var store = new Results.ResultsStore(_folder.Store))
        {
            var run = store.Load(hash, 2020)[1];
            store.Save(run with { Version = "0.0.1", Events = [run.Events[0] with { Outcome = "rejected-by-vote" }, .. run.Events[1..]] });
        }

        var again = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "3", "--store", _folder.Store);

        Assert.Contains("1 of the 3 stored before differ (stored by iomsim 0.0.1) and were replaced", again.Error, StringComparison.Ordinal);
        using var reopened = new Results.ResultsStore(_folder.Store);
        Assert.All(reopened.Load(hash, 2020), run => Assert.Equal("adopted-by-vote", run.Events[0].Outcome));
    }

    public void Dispose() => _folder.Dispose();

    private string Json(int runs, params string[] extra)
    {
        var run = Iomsim.Run(["run", Iomsim.Scenario("russia-2020.yaml"), "--runs", $"{runs}", "--format", "json", "--store", _folder.Store, .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out;
    }
}
