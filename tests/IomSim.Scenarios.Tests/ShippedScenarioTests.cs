using IomSim.Domain.Decisions;
using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Tests;

public sealed class ShippedScenarioTests
{
    private static readonly Lazy<Scenario[]> s_all = new(() => [.. Seeded.ScenarioFiles.Select(f => ScenarioReader.Read(f, Seeded.World))]);

    public static TheoryData<string> Files => [.. Seeded.ScenarioFiles.Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public void The_five_required_scenarios_are_shipped()
    {
        var names = Seeded.ScenarioFiles.Select(Path.GetFileNameWithoutExtension).ToArray();
        Assert.Superset(
            new HashSet<string?>(["china-2016", "russia-2020", "gcm-2018-unga", "russia-2016-with-china", "russia-2020-no-formal-vote"]),
            new HashSet<string?>(names));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_scenario_reads_against_the_real_seeds(string file)
    {
        var path = Seeded.Scenario(file);
        var scenario = ScenarioReader.Read(path, Seeded.World);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), scenario.Id);
        Assert.Equal(path, scenario.Source.Path);
        Assert.NotEmpty(scenario.Timeline);
        Assert.False(scenario.World.Calibrated);
        Assert.StartsWith("# yaml-language-server: $schema=./schema.json", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Replays_compare_with_a_documented_outcome_and_counterfactuals_say_what_they_are(string file)
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario(file), Seeded.World);
        var counterfactual = scenario.Description.Contains("COUNTERFACTUAL", StringComparison.Ordinal);
        var replay = scenario.Description.StartsWith("Replay.", StringComparison.Ordinal);

        Assert.Equal(counterfactual, scenario.Title.StartsWith("Counterfactual:", StringComparison.Ordinal));
        Assert.False(replay && counterfactual);
        if (replay)
        {
            Assert.Contains(scenario.Timeline.SelectMany(s => s.Items), i => i.Documented == scenario.Id);
            Assert.Null(scenario.Baseline);
        }
        else if (!counterfactual)
        {
            // Neither (a funding baseline, a model switch): the baseline of a counterfactual, or it says it is no replay.
            var isBaseline = s_all.Value.Any(s => s.Baseline == scenario.Id);
            Assert.True(isBaseline || scenario.Description.Contains("NOT A REPLAY", StringComparison.Ordinal),
                $"{file} is neither a replay nor a counterfactual, nor another's baseline, and does not say NOT A REPLAY");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_baseline_names_a_shipped_scenario_with_the_same_seed(string file)
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario(file), Seeded.World);
        if (scenario.Baseline is not { } id)
        {
            return;
        }

        // Common random numbers: the same seed, so that the two runs differ by the change alone.
        var baseline = Assert.Single(s_all.Value, s => s.Id == id);
        Assert.Equal(baseline.Seed, scenario.Seed);
        Assert.Null(baseline.Baseline);
    }

    [Fact]
    public void Russia_2020_has_the_documented_request_for_a_vote_and_the_acceptance()
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario("russia-2020.yaml"), Seeded.World);

        Assert.Equal(VotingBody.IomCouncil, scenario.Body);
        Assert.Equal(1, scenario.Runs);
        Assert.Equal(2020UL, scenario.Seed);
        Assert.Equal(DecisionParameters.Default with { Choices = Seeded.World.VoteChoice }, scenario.World.Parameters);
        var (vote, acceptance) = (Assert.Single(scenario.Timeline[0].Items), Assert.Single(scenario.Timeline[1].Items));
        Assert.Equal(new DateOnly(2020, 11, 24), scenario.Timeline[0].Date);
        Assert.Equal(AgendaKind.Admission, vote.Kind);
        Assert.Equal(Seeded.Code("RUS"), vote.Applicant);
        Assert.Equal([Seeded.Code("UKR")], vote.FormalVoteRequestedBy.AsEnumerable());
        Assert.Equal("russia-2020", vote.Documented);
        Assert.Null(vote.Position);
        Assert.Equal(120, vote.Turnout!.TakingPart);
        Assert.Equal(new DateOnly(2021, 4, 19), scenario.Timeline[1].Date);
        Assert.Equal(AgendaKind.Acceptance, acceptance.Kind);
        Assert.Equal(Seeded.Code("RUS"), acceptance.Applicant);
        Assert.Equal("Acceptance of the Constitution by Russian Federation", acceptance.Title);
        Assert.True(acceptance.FormalVoteRequestedBy.IsEmpty);
        Assert.True(acceptance.Candidates.IsEmpty);
    }

    [Fact]
    public void China_2016_admits_three_states_at_one_session_without_a_requested_vote()
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario("china-2016.yaml"), Seeded.World);

        var session = Assert.Single(scenario.Timeline);
        Assert.Equal(new DateOnly(2016, 6, 30), session.Date);
        Assert.Equal(["CHN", "SLB", "TUV"], session.Items.Select(i => i.Applicant?.Value));
        Assert.All(session.Items, i => Assert.Equal((AgendaKind.Admission, "china-2016", 0), (i.Kind, i.Documented, i.FormalVoteRequestedBy.Length)));
    }

    [Fact]
    public void The_2018_Global_Compact_is_a_decision_of_the_General_Assembly_placed_from_the_2012_roll_call_on_migration()
    {
        var scenario = ScenarioReader.Read(Seeded.Scenario("gcm-2018-unga.yaml"), Seeded.World);

        Assert.Equal(VotingBody.UnGeneralAssembly, scenario.Body);
        var item = Assert.Single(Assert.Single(scenario.Timeline).Items);
        Assert.Equal(AgendaKind.Decision, item.Kind);
        Assert.Null(item.Position);
        Assert.Equal(["R/67/219"], item.PlacedBy!.RollCalls.AsEnumerable());
        Assert.Equal([Seeded.Code("USA")], item.FormalVoteRequestedBy.AsEnumerable());
        Assert.Equal("gcm-2018-unga", item.Documented);
        Assert.Contains("modelling assumption", scenario.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Counterfactual_2016_adds_Russia_to_the_documented_session_with_the_same_item_ids()
    {
        var replay = ScenarioReader.Read(Seeded.Scenario("china-2016.yaml"), Seeded.World);
        var counterfactual = ScenarioReader.Read(Seeded.Scenario("russia-2016-with-china.yaml"), Seeded.World);

        var items = Assert.Single(counterfactual.Timeline).Items;
        Assert.Equal(replay.Timeline[0].Items.Select(Shape), items.Take(3).Select(Shape));
        Assert.Equal(replay.Seed, counterfactual.Seed);
        var russia = items[3];
        Assert.Equal(Seeded.Code("RUS"), russia.Applicant);
        Assert.Null(russia.Documented);
    }

    [Fact]
    public void Counterfactual_2020_differs_from_the_replay_only_in_Ukraines_insistence()
    {
        var replay = ScenarioReader.Read(Seeded.Scenario("russia-2020.yaml"), Seeded.World);
        var counterfactual = ScenarioReader.Read(Seeded.Scenario("russia-2020-no-formal-vote.yaml"), Seeded.World);

        var vote = counterfactual.Timeline[0].Items[0];
        Assert.True(vote.FormalVoteRequestedBy.IsEmpty);
        Assert.Equal(Shape(replay.Timeline[0].Items[0] with { FormalVoteRequestedBy = [] }), Shape(vote));
        Assert.Equal(replay.Timeline.Select(s => (s.Name, s.Date)), counterfactual.Timeline.Select(s => (s.Name, s.Date)));
        Assert.Equal(Shape(replay.Timeline[1].Items[0]), Shape(counterfactual.Timeline[1].Items[0]));
        Assert.Equal(replay.Seed, counterfactual.Seed);
        var ukraine = Assert.Single(counterfactual.World.Behaviour);
        Assert.Equal(Seeded.Code("UKR"), ukraine.Key);
        Assert.Equal(new BehaviourOverride(0.0, null, null, null), ukraine.Value);
    }

    /// <summary>An entry as text: records holding immutable arrays compare those arrays by reference.</summary>
    private static string Shape(AgendaEntry entry) =>
        $"{entry.Id}|{entry.Kind}|{entry.Title}|{entry.Applicant}|{entry.Position}|{string.Join(",", entry.FormalVoteRequestedBy)}|"
        + $"{string.Join(",", entry.Candidates)}|{entry.Documented}";
}
