using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>The Russia 2020 replay through the command line: admitted, Georgia and Ukraine against, both documented tallies.</summary>
public sealed class RussiaReplayTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Over_200_runs_Russia_is_admitted_every_time_and_Georgia_and_Ukraine_vote_no_in_most()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "200", "--format", "json", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("russia-2020", root.GetProperty("scenario").GetString());
        Assert.Equal(200, root.GetProperty("runs").GetInt32());
        Assert.Equal(2020UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("stated defaults, not calibrated", root.GetProperty("parameters").GetString());

        var admission = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "admission");
        var outcome = Assert.Single(admission.GetProperty("outcomes").EnumerateObject());
        Assert.Equal("adopted-by-vote", outcome.Name);
        Assert.Equal(1.0, outcome.Value.GetDouble());
        Assert.Equal("approved", admission.GetProperty("documented").GetProperty("outcome").GetString());

        var states = admission.GetProperty("states");
        Assert.True(states.GetProperty("GEO").GetProperty("no").GetDouble() > 0.5);
        Assert.True(states.GetProperty("UKR").GetProperty("no").GetDouble() > 0.5);
        Assert.False(states.TryGetProperty("RUS", out _));
        Assert.Equal(173, Members(admission));

        var documented = admission.GetProperty("documented").GetProperty("tallies").EnumerateArray().Select(t => t.GetProperty("yes").GetInt32());
        Assert.Equal([112, 116], documented);
    }

    [Fact]
    public void The_narrative_of_one_run_says_who_objected_who_asked_for_a_vote_the_tally_and_the_outcome()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("objected to consensus: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("asked for a formal vote: Ukraine", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"formal vote: \d+ yes, \d+ no, \d+ abstain, \d+ absent, \d+ not entitled", run.Out);
        Assert.Contains("outcome: adopted by vote", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Ukraine \(UKR\)\s+no\s+relation −\s+no", run.Out);
        Assert.Contains("outcome: accepted", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_runs_give_the_distribution_of_each_tally_column_and_the_share_per_outcome()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "20", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("run 1 of 20", run.Out, StringComparison.Ordinal);
        Assert.Contains("summary over 20 runs", run.Out, StringComparison.Ordinal);
        Assert.Contains("outcomes: adopted-by-vote 100.0%", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"tally\s+mean\s+p05\s+p95", run.Out);
        Assert.Matches(@"\n\s+yes\s+\d+\.\d\s+\d", run.Out);
    }

    [Fact]
    public void Compare_shows_both_documented_tallies_beside_the_simulated_means_and_the_named_votes()
    {
        var compare = Iomsim.Run("compare", Iomsim.Scenario("russia-2020.yaml"), "--runs", "50", "--store", _folder.Store);

        Assert.True(compare.ExitCode == 0, compare.Error);
        Assert.Matches(@"documented\s+112\s+2\s+2\s+\d+\.\d", compare.Out);
        Assert.Matches(@"documented\s+116\s+2\s+2\s+\d+\.\d", compare.Out);
        Assert.Contains("seed paper (Geiger, Kokoeva and Zhang 2022), citing IOM's draft report of the 111th session", compare.Out, StringComparison.Ordinal);
        Assert.Contains("TASS 24 Nov 2020, quoting Russia's envoy G. Gatilov", compare.Out, StringComparison.Ordinal);
        Assert.Matches(@"Georgia \(GEO\)\s+no\s+\d+\.\d%", compare.Out);
        Assert.Matches(@"Honduras \(HND\)\s+abstain\s+\d+\.\d%", compare.Out);
        Assert.Matches(@"score: outcome \d+\.\d%; tally error \d+\.\d \[\d\], \d+\.\d \[\d\] votes; named votes matched \d+\.\d% \(\d+ states\)", compare.Out);
        Assert.Contains("nothing on record to compare for: russia-2020/acceptance", compare.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_as_json_keeps_each_source_with_its_numbers_and_error()
    {
        var compare = Iomsim.Run("compare", Iomsim.Scenario("russia-2020.yaml"), "--runs", "20", "--format", "json", "--store", _folder.Store);

        Assert.True(compare.ExitCode == 0, compare.Error);
        using var json = JsonDocument.Parse(compare.Out);
        var item = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal(1.0, item.GetProperty("outcome_match").GetDouble());
        var tallies = item.GetProperty("tallies").EnumerateArray().ToArray();
        Assert.Equal([112, 116], tallies.Select(t => t.GetProperty("documented").GetProperty("yes").GetInt32()));
        Assert.All(tallies, t => Assert.True(t.GetProperty("tally_error").GetDouble() >= 0));
        var ukraine = item.GetProperty("named_votes").EnumerateArray().Single(v => v.GetProperty("state").GetString() == "UKR");
        Assert.Equal("no", ukraine.GetProperty("documented").GetString());
        Assert.True(ukraine.GetProperty("agreement").GetDouble() > 0.5);
    }

    public void Dispose() => _folder.Dispose();

    private static int Members(JsonElement item)
    {
        var tally = item.GetProperty("tally");
        return (int)Math.Round(new[] { "yes", "no", "abstain", "absent", "not_entitled" }.Sum(c => tally.GetProperty(c).GetProperty("mean").GetDouble()));
    }
}
