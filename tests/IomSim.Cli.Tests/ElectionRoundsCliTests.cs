using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>The 2018 election's rounds through run and compare, in text and JSON, with outcomes in words.</summary>
public sealed class ElectionRoundsCliTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_over_many_runs_prints_each_round_with_mean_votes_and_what_followed_in_words()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("dg-election-2018.yaml"), "--runs", "20", "--no-store");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("rounds over the runs (a candidate's mean votes over the runs in which they stood in the round's ballot):", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"round\s+held\s+António Vitorino\s+Ken Isaacs\s+Laura Thompson\s+blank\s+absent\s+then \(share of runs\)", run.Out);
        Assert.Matches(@"\n\s+1\s+100\.0%\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d", run.Out);
        Assert.Matches(@"(António Vitorino|Ken Isaacs|Laura Thompson) (elected|eliminated|withdrew) \d+\.\d%", run.Out);
        Assert.DoesNotContain("elected:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_names_the_winner_with_round_and_majority_in_the_narrative_and_the_summary()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("dg-election-2018.yaml"), "--no-store");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"outcome: (António Vitorino|Ken Isaacs|Laura Thompson) elected in round \d+, by (two thirds|acclamation)\n", run.Out);
        Assert.Matches(@"  dg-election-2018/director-general: (António Vitorino|Ken Isaacs|Laura Thompson) elected in round \d+, by (two thirds|acclamation)\n", run.Out);
    }

    [Fact]
    public void Run_and_compare_json_carry_the_rounds_over_the_runs_the_first_run_and_outcomes_in_words()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("dg-election-2018.yaml"), "--runs", "10", "--no-store", "--format", "json");
        var compare = Iomsim.Run("compare", Iomsim.Scenario("dg-election-2018.yaml"), "--runs", "10", "--no-store", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(compare.ExitCode == 0, compare.Error);
        using var runJson = JsonDocument.Parse(run.Out);
        using var compareJson = JsonDocument.Parse(compare.Out);
        var fromRun = runJson.RootElement.GetProperty("events")[0].GetProperty("election");
        var fromCompare = compareJson.RootElement.GetProperty("events")[0].GetProperty("election");

        foreach (var election in new[] { fromRun, fromCompare })
        {
            Assert.Equal(["António Vitorino", "Ken Isaacs", "Laura Thompson"], election.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
            Assert.All(election.GetProperty("outcome_words").EnumerateObject(), o => Assert.Equal($"{o.Name["elected:".Length..]} elected", o.Value.GetString()));
            var rounds = election.GetProperty("round_summaries").EnumerateArray().ToArray();
            Assert.Equal(election.GetProperty("rounds_taken").GetProperty("max").GetInt32(), rounds.Length);
            Assert.Equal(1.0, rounds[0].GetProperty("held_share").GetDouble());
            Assert.Equal(10, rounds[0].GetProperty("ballot_runs").GetInt32());
            var first = election.GetProperty("first_run");
            Assert.Matches(@" elected in round \d+, by ", first.GetProperty("outcome").GetString());
            var firstRounds = first.GetProperty("rounds").EnumerateArray().ToArray();
            Assert.All(firstRounds.Where(r => !r.GetProperty("by_acclamation").GetBoolean()), r =>
                Assert.Equal(r.GetProperty("cast").GetInt32(), r.GetProperty("votes").EnumerateObject().Sum(v => v.Value.GetInt32()) + r.GetProperty("against").GetInt32()));
        }

        // compare keeps its documented fields beside the new ones.
        Assert.Equal("António Vitorino", fromCompare.GetProperty("documented_winner").GetString());
        Assert.Equal(JsonValueKind.Array, fromCompare.GetProperty("rounds").ValueKind);
        Assert.Equal(fromRun.GetProperty("round_summaries").GetRawText(), fromCompare.GetProperty("round_summaries").GetRawText());
    }

    [Fact]
    public void Compare_text_prints_the_simulated_rounds_beside_the_record()
    {
        var text = Iomsim.Run("compare", Iomsim.Scenario("dg-election-2018.yaml"), "--runs", "10", "--no-store");

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("  rounds over the runs (a candidate's mean votes", text.Out, StringComparison.Ordinal);
        Assert.Contains("round tallies: none on record", text.Out, StringComparison.Ordinal);
    }
}
