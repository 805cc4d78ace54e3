using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>
/// The shipped replays against the documented facts they can be held to, through the command line (200 runs each):
/// the outcome as on record, Georgia and Ukraine against Russia, the Russia tally within 5 votes per column of both
/// sources, and every output saying what the result rests on (placement, documented turnout as an input).
/// </summary>
public sealed class ReplayRecordTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Russia_2020_is_admitted_by_vote_in_every_run_Georgia_and_Ukraine_vote_no_and_the_tally_is_within_5_per_column()
    {
        var item = Compared("russia-2020.yaml");

        Assert.True(item.GetProperty("outcome_match").GetDouble() >= 0.9);
        Assert.Equal(1.0, item.GetProperty("formal_vote_share").GetDouble());
        foreach (var tally in item.GetProperty("tallies").EnumerateArray())
        {
            var documented = tally.GetProperty("documented");
            var simulated = tally.GetProperty("simulated");
            foreach (var column in new[] { "yes", "no", "abstain" })
            {
                var error = Math.Abs(simulated.GetProperty(column).GetDouble() - documented.GetProperty(column).GetInt32());
                Assert.True(error <= 5, $"{column}: simulated {simulated.GetProperty(column).GetDouble()} against {documented.GetProperty(column).GetInt32()}");
            }
        }

        var named = item.GetProperty("named_votes").EnumerateArray().ToDictionary(v => v.GetProperty("state").GetString()!);
        Assert.True(named["GEO"].GetProperty("agreement").GetDouble() > 0.5);
        Assert.True(named["UKR"].GetProperty("agreement").GetDouble() > 0.5);
        Assert.Contains(Inputs(item), i => i.StartsWith("turnout: 120 members taking part, from the record", StringComparison.Ordinal) && i.EndsWith("a scenario input, not a score", StringComparison.Ordinal));
        Assert.Contains(Inputs(item), i => i.StartsWith("position: the applicant's (RUS)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_global_compact_is_adopted_as_on_record_and_its_placement_from_A_RES_67_219_is_named()
    {
        var item = Compared("gcm-2018-unga.yaml");

        Assert.True(item.GetProperty("outcome_match").GetDouble() >= 0.9);
        Assert.Contains(Inputs(item), i => i.Contains("placed by symbol", StringComparison.Ordinal) && i.Contains("R/67/219", StringComparison.Ordinal));

        // Israel and the United States voted no, as they did on the 2012 resolution the motion is placed on.
        var named = item.GetProperty("named_votes").EnumerateArray().ToDictionary(v => v.GetProperty("state").GetString()!);
        Assert.True(named["USA"].GetProperty("agreement").GetDouble() > 0.5);
        Assert.True(named["ISR"].GetProperty("agreement").GetDouble() > 0.5);
    }

    [Fact]
    public void China_Solomon_Islands_and_Tuvalu_are_admitted_by_consensus_as_on_record()
    {
        var run = Iomsim.Run("compare", Iomsim.Scenario("china-2016.yaml"), "--runs", "200", "--format", "json", "--store", _folder.Store);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var items = json.RootElement.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(3, items.Length);
        Assert.All(items, i => Assert.True(i.GetProperty("outcome_match").GetDouble() >= 0.9));
    }

    [Fact]
    public void A_hand_set_position_is_labelled_an_assumption_in_the_narrative_and_the_json()
    {
        using var file = new TempScenario("""
            id: hand-set
            title: A hand-set resolution
            description: For tests.
            body: unga
            timeline:
              - session: 73rd session
                date: 2018-12-19
                items:
                  - id: t/decision
                    kind: decision
                    title: A resolution
                    position: { alignment: 0, rights: 0.5 }
                    formal_vote_requested_by: [USA]
            """);
        var text = Iomsim.Run("run", file.Path, "--store", _folder.Store);
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("input: position: hand-set in the scenario (alignment 0, rights 0.5), a modelling assumption", text.Out, StringComparison.Ordinal);

        var json = Iomsim.Run("run", file.Path, "--format", "json", "--store", _folder.Store);
        using var document = JsonDocument.Parse(json.Out);
        var item = Assert.Single(document.RootElement.GetProperty("events").EnumerateArray());
        Assert.Contains(Inputs(item), i => i.EndsWith("a modelling assumption", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_asking_for_the_vote_on_record_is_listed_as_requesting_not_as_objecting_when_its_own_view_favours()
    {
        using var file = new TempScenario("""
            id: germany-asks
            title: Germany asks for a vote on Russia
            description: For tests.
            body: iom-council
            seed: 3
            timeline:
              - session: 111th Session
                date: 2020-11-24
                items:
                  - id: t/admission
                    kind: admission
                    applicant: RUS
                    formal_vote_requested_by: [DEU]
            """);
        var run = Iomsim.Run("run", file.Path, "--runs", "3", "--store", _folder.Store);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n');
        var asked = lines.Where(l => l.Contains("asked for a formal vote:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, asked.Length);
        Assert.All(asked, l => Assert.Contains("Germany", l, StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.Contains("objected to consensus:", StringComparison.Ordinal)), l => Assert.DoesNotContain("Germany", l, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private JsonElement Compared(string scenario)
    {
        var run = Iomsim.Run("compare", Iomsim.Scenario(scenario), "--runs", "200", "--format", "json", "--store", _folder.Store);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("events").EnumerateArray().First().Clone();
    }

    private static string[] Inputs(JsonElement item) => [.. item.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()!)];

    private sealed class TempScenario : IDisposable
    {
        public TempScenario(string text)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iomsim-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(Path, text);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
