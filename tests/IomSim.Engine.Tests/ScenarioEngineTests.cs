using System.Text.Json;
using IomSim.Engine.Comparison;

namespace IomSim.Engine.Tests;

public sealed class ScenarioEngineTests
{
    private static readonly ScenarioEngine s_engine = new(Scenarios.World);

    [Fact]
    public void Replaying_Russia_2020_admits_Russia_after_the_vote_Ukraine_asked_for_and_Russia_joins_on_acceptance()
    {
        var result = s_engine.Run(Scenarios.Russia2020(), runs: 40, seed: 2020, parallelism: 2);

        var admission = result.Events[0];
        Assert.Equal(1.0, admission.Outcomes.GetValueOrDefault("adopted-by-vote"));
        Assert.Equal(1.0, admission.FormalVoteShare);
        Assert.True(admission.States["UKR"].GetValueOrDefault("no") > 0.5);
        Assert.True(admission.States["GEO"].GetValueOrDefault("no") > 0.5);
        Assert.Equal(173, admission.States.Count);
        Assert.Equal(1.0, result.Events[1].Outcomes.GetValueOrDefault(OutcomeNames.Accepted));
        Assert.False(result.Calibrated);
    }

    [Fact]
    public void Without_Ukraine_insisting_the_uncalibrated_model_mostly_adopts_by_consensus()
    {
        var result = s_engine.Run(Scenarios.Russia2020(ukraineInsists: false), runs: 40, seed: 2020, parallelism: 2);
        Assert.True(result.Events[0].Outcomes.GetValueOrDefault("adopted-by-consensus") > 0.5);
    }

    [Fact]
    public void The_same_seed_gives_identical_results_on_one_thread_or_two()
    {
        var one = s_engine.Run(Scenarios.Russia2020(), runs: 12, seed: 7, parallelism: 1);
        var two = s_engine.Run(Scenarios.Russia2020(), runs: 12, seed: 7, parallelism: 2);
        var other = s_engine.Run(Scenarios.Russia2020(), runs: 12, seed: 8, parallelism: 2);

        Assert.Equal(JsonSerializer.Serialize(one), JsonSerializer.Serialize(two));
        Assert.NotEqual(JsonSerializer.Serialize(one), JsonSerializer.Serialize(other));
    }

    [Fact]
    public void The_Global_Compact_vote_is_taken_in_the_General_Assembly_of_193()
    {
        var result = s_engine.Run(Scenarios.Gcm2018(), runs: 10, seed: 2018, parallelism: 2);

        var vote = result.Events[0];
        Assert.Equal(193, vote.States.Count);
        Assert.Equal(1.0, vote.FormalVoteShare);
        Assert.Equal(193, vote.Tally.Yes.Mean + vote.Tally.No.Mean + vote.Tally.Abstain.Mean + vote.Tally.Absent.Mean + vote.Tally.NotEntitled.Mean, precision: 6);
    }

    [Fact]
    public void An_election_elects_someone_or_reports_no_winner_in_every_run()
    {
        var result = s_engine.Run(Scenarios.Election(), runs: 6, seed: 1, parallelism: 2);
        Assert.Equal(1.0, result.Events[0].Outcomes.Values.Sum(), precision: 9);
        Assert.All(result.Events[0].Runs, r => Assert.NotNull(r.Election));
    }

    [Fact]
    public void Compare_shows_both_documented_tallies_and_the_named_votes()
    {
        var result = s_engine.Run(Scenarios.Russia2020(), runs: 20, seed: 2020, parallelism: 2);
        var comparison = Assert.Single(ScenarioComparer.Compare(result));

        Assert.Equal([112, 116], comparison.Sources.Select(s => s.Yes).Order());
        Assert.Contains(comparison.NamedVotes, n => n.State == "UKR" && n.Documented == "no");
        Assert.Contains(comparison.NamedVotes, n => n.State == "USA" && n.Documented == "abstain");
        Assert.Equal(1.0, comparison.OutcomeMatch);
        Assert.InRange(comparison.NamedVotesMatched, 0, 1);
    }
}
