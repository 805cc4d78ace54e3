using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>The shipped 2018 Director-General election through the command line: rounds, the winner by name, the record beside it.</summary>
public sealed class ElectionReplayTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void One_run_tells_each_round_and_names_the_winner()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("dg-election-2018.yaml"), "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"round 1: .*(António Vitorino|Ken Isaacs|Laura Thompson) \d+.*; \d+ blank, \d+ absent; \d+ votes cast, two thirds = \d+", run.Out);
        Assert.Matches(@"outcome: (António Vitorino|Ken Isaacs|Laura Thompson) elected (in round \d+|by acclamation)", run.Out);
        Assert.DoesNotContain("elected:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_scores_the_winner_against_the_record_and_says_no_round_tallies_are_on_record()
    {
        var text = Iomsim.Run("compare", Iomsim.Scenario("dg-election-2018.yaml"), "--runs", "10", "--store", _folder.Store);
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("on record: António Vitorino elected (its date is general knowledge, to be checked)", text.Out, StringComparison.Ordinal);
        Assert.Matches(@"winner as on record in \d+\.\d% of runs", text.Out);
        Assert.Contains("round tallies: none on record", text.Out, StringComparison.Ordinal);

        var json = Iomsim.Run("compare", Iomsim.Scenario("dg-election-2018.yaml"), "--runs", "10", "--store", _folder.Store, "--format", "json");
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var election = document.RootElement.GetProperty("events").EnumerateArray().Single().GetProperty("election");
        Assert.Equal("António Vitorino", election.GetProperty("documented_winner").GetString());
        var shares = election.GetProperty("winners").EnumerateObject().Sum(w => w.Value.GetDouble());
        Assert.Equal(1.0, shares, 6);
        Assert.Equal(election.GetProperty("winner_share").GetDouble(), document.RootElement.GetProperty("events")[0].GetProperty("outcome_match").GetDouble(), 6);
    }
}
