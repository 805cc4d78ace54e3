using System.Text.Json;
using IomSim.Results.Tests;

namespace IomSim.Cli.Tests;

/// <summary><c>iomsim runs list | export | prune</c> end to end on a temporary results file.</summary>
public sealed class RunsCommandTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void List_export_and_prune_work_on_what_run_and_sweep_stored()
    {
        Assert.Equal(0, Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "3", "--store", _folder.Store).ExitCode);
        Assert.Equal(0, Iomsim.Run("sweep", Iomsim.Scenario("russia-2020.yaml"), "--runs", "2", "--vary", "parameters.noise=0.5..1.5:2",
            "--store", _folder.Store).ExitCode);

        // list: one group per scenario file or setting and seed, as a table and as JSON.
        var table = Iomsim.Run("runs", "list", "--store", _folder.Store);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("7 runs in 3 groups", table.Out, StringComparison.Ordinal);
        Assert.Contains("parameters.noise=1.5", table.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Iomsim.Run("runs", "list", "--store", _folder.Store, "--format", "json").Out);
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal([3, 2, 2], groups.Select(g => g.GetProperty("runs").GetInt32()));
        Assert.Equal(["", "parameters.noise=0.5", "parameters.noise=1.5"], groups.Select(g => g.GetProperty("setting").GetString()));
        Assert.True(json.RootElement.GetProperty("size_bytes").GetInt64() > 0);
        Assert.All(groups, g => Assert.True(g.GetProperty("estimated_bytes").GetInt64() > 0));
        var sweepKey = groups[2].GetProperty("key").GetString()!;

        // export: every run, or those chosen, as the same tables as --per-run.
        var all = _folder.Combine("all.csv");
        var export = Iomsim.Run("runs", "export", all, "--votes", _folder.Combine("votes.parquet"), "--store", _folder.Store);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("exported 7 runs of 3 groups", export.Error, StringComparison.Ordinal);
        var rows = PerRunFiles.Csv(all);
        Assert.Equal(14, rows.Rows.Count);
        Assert.Equal(["", "0.5", "1.5"], rows.Column("vary_parameters_noise").Distinct());
        Assert.NotEmpty(PerRunFiles.Parquet(_folder.Combine("votes.parquet")).Rows);
        var one = _folder.Combine("one.csv");
        Assert.Equal(0, Iomsim.Run("runs", "export", one, "--key", sweepKey[..10], "--store", _folder.Store).ExitCode);
        Assert.Equal(["1"], PerRunFiles.Csv(one).Column("setting_index").Distinct());
        var none = Iomsim.Run("runs", "export", _folder.Combine("none.csv"), "--scenario", "no-such", "--store", _folder.Store);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no stored runs", none.Error, StringComparison.Ordinal);

        // prune: nothing without a choice; a dry run removes nothing; then by key, by age, and the rest.
        Assert.Equal(2, Iomsim.Run("runs", "prune", "--store", _folder.Store).ExitCode);
        var dry = Iomsim.Run("runs", "prune", "--key", sweepKey, "--dry-run", "--store", _folder.Store);
        Assert.Contains("would remove 2 runs of russia-2020 (setting 1 parameters.noise=1.5", dry.Out, StringComparison.Ordinal);
        Assert.Contains("7 runs in 3 groups", Iomsim.Run("runs", "list", "--store", _folder.Store).Out, StringComparison.Ordinal);
        var byKey = Iomsim.Run("runs", "prune", "--key", sweepKey, "--store", _folder.Store);
        Assert.Equal(0, byKey.ExitCode);
        Assert.Contains("removed 2 runs in 1 group", byKey.Out, StringComparison.Ordinal);
        Assert.Contains("removed 0 runs in 0 groups", Iomsim.Run("runs", "prune", "--older-than", "1d", "--store", _folder.Store).Out, StringComparison.Ordinal);
        Assert.Contains("removed 5 runs in 2 groups", Iomsim.Run("runs", "prune", "--older-than", "2100-01-01", "--store", _folder.Store).Out, StringComparison.Ordinal);
        Assert.Contains("no stored runs", Iomsim.Run("runs", "list", "--store", _folder.Store).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_results_file_is_listed_as_empty_and_not_created()
    {
        var missing = _folder.Combine("missing.db");

        var list = Iomsim.Run("runs", "list", "--store", missing);
        var prune = Iomsim.Run("runs", "prune", "--all", "--store", missing);
        var export = Iomsim.Run("runs", "export", _folder.Combine("x.csv"), "--store", missing);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("no stored runs", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, prune.ExitCode);
        Assert.Equal(2, export.ExitCode);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_bad_age_is_refused()
    {
        var outcome = Iomsim.Run("runs", "prune", "--older-than", "last tuesday", "--store", _folder.Store);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--older-than must be a date or time", outcome.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
