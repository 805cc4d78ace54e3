using System.Text.Json;
using IomSim.Estimation.Tests;

namespace IomSim.Cli.Tests;

/// <summary>
/// <c>iomsim backtest</c>: on the shipped reference roll calls, and on small made-up files (with and without an issues
/// file, and broken).
/// </summary>
public sealed class BacktestCommandTests : IDisposable
{
    private static readonly Lazy<Iomsim.Outcome> s_reference = new(() => Iomsim.Run("backtest", "--train-until", "2015", "--format", "json"));

    private readonly string _folder = Directory.CreateTempSubdirectory("iomsim-backtest-").FullName;

    public BacktestCommandTests() => new SyntheticAssembly().WriteTo(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void On_the_reference_roll_calls_it_scores_2016_and_2017_beside_both_baselines()
    {
        var run = s_reference.Value;
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2015-12-31", root.GetProperty("train_until").GetString());
        var rollCalls = root.GetProperty("roll_calls").EnumerateArray().ToArray();
        Assert.Equal(243, rollCalls.Length);
        Assert.All(rollCalls, r => Assert.StartsWith("201", r.GetProperty("date").GetString(), StringComparison.Ordinal));
        Assert.All(rollCalls, r => Assert.True(string.CompareOrdinal(r.GetProperty("date").GetString(), "2016-01-01") >= 0));
        Assert.All(rollCalls, r => Assert.Contains(r.GetProperty("placement").GetProperty("basis").GetString(), new[] { "recurring-title", "issue", "general" }));
        // Placed only from training roll calls: never from a roll call it predicts.
        var later = rollCalls.Select(r => r.GetProperty("rcid").GetInt32()).ToHashSet();
        Assert.All(rollCalls, r => Assert.DoesNotContain(r.GetProperty("placement").GetProperty("from_rcids").EnumerateArray(), f => later.Contains(f.GetInt32())));

        var scores = root.GetProperty("scores");
        foreach (var name in new[] { "model", "modal_oracle", "todays_model" })
        {
            var s = scores.GetProperty(name);
            Assert.Equal(root.GetProperty("predictions").GetInt64(), s.GetProperty("predictions").GetInt64());
            Assert.InRange(s.GetProperty("pcc").GetDouble(), 0, 1);
            Assert.True(s.GetProperty("log_loss").GetDouble() > 0);
            Assert.Equal(4, s.GetProperty("by_choice").EnumerateObject().Count());
        }

        Assert.Equal(0.0, scores.GetProperty("modal_oracle").GetProperty("apre").GetDouble());
        Assert.Contains("oracle", scores.GetProperty("modal_oracle").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Small_files_with_an_issues_file_give_a_table_and_json()
    {
        var table = Backtest("--issues", Path.Combine(_folder, "issues.csv"));
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("modal vote (oracle)", table.Out, StringComparison.Ordinal);
        Assert.Contains("today's model", table.Out, StringComparison.Ordinal);
        Assert.Contains("not voting", table.Out, StringComparison.Ordinal);

        var run = Backtest("--issues", Path.Combine(_folder, "issues.csv"), "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var rollCalls = json.RootElement.GetProperty("roll_calls").EnumerateArray().ToArray();
        Assert.NotEmpty(rollCalls);
        Assert.Contains(rollCalls, r => r.GetProperty("issues").EnumerateArray().Any(i => i.GetString() == "hr"));
        // The made-up resolutions recur (40 titles), so later ones are placed by their earlier namesakes.
        Assert.All(rollCalls, r => Assert.Equal("recurring-title", r.GetProperty("placement").GetProperty("basis").GetString()));
        var model = json.RootElement.GetProperty("scores").GetProperty("model").GetProperty("pcc").GetDouble();
        Assert.True(model > 0.6, $"model PCC {model} on votes drawn by the model itself");
    }

    [Fact]
    public void Without_an_issues_file_every_roll_call_is_predicted_on_the_general_dimensions()
    {
        var run = Backtest("--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("files").GetProperty("issues").ValueKind);
        Assert.All(json.RootElement.GetProperty("roll_calls").EnumerateArray(), r => Assert.Empty(r.GetProperty("issues").EnumerateArray()));
    }

    [Fact]
    public void A_bad_vote_names_file_line_and_field_and_exits_2()
    {
        var votes = Path.Combine(_folder, "votes.csv");
        var lines = File.ReadAllLines(votes);
        lines[4] = lines[4].Replace("\"yes\"", "\"oui\"", StringComparison.Ordinal).Replace("\"no\"", "\"oui\"", StringComparison.Ordinal).Replace("\"abstain\"", "\"oui\"", StringComparison.Ordinal);
        File.WriteAllLines(votes, lines);
        var run = Backtest();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{votes}:5: field 'vote':", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_issues_file_a_lone_file_option_or_a_year_with_nothing_after_it_exit_2()
    {
        var missing = Backtest("--issues", Path.Combine(_folder, "nope.csv"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.csv", missing.Error, StringComparison.Ordinal);

        var lone = Iomsim.Run("backtest", "--train-until", "2011", "--votes", Path.Combine(_folder, "votes.csv"));
        Assert.Equal(2, lone.ExitCode);

        var late = Iomsim.Run("backtest", "--train-until", "2013", "--roll-calls", Path.Combine(_folder, "roll-calls.csv"), "--votes", Path.Combine(_folder, "votes.csv"), "--seeds", _folder);
        Assert.Equal(2, late.ExitCode);
        Assert.Contains("nothing to predict", late.Error, StringComparison.Ordinal);
    }

    private Iomsim.Outcome Backtest(params string[] more) =>
        Iomsim.Run([
            "backtest", "--train-until", "2011",
            "--roll-calls", Path.Combine(_folder, "roll-calls.csv"),
            "--votes", Path.Combine(_folder, "votes.csv"),
            "--seeds", _folder,
            .. more,
        ]);
}
