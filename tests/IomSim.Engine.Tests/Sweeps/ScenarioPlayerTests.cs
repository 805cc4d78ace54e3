using IomSim.Engine.Results;

namespace IomSim.Engine.Tests.Sweeps;

/// <summary>Playing runs one at a time gives exactly the engine's runs and summary.</summary>
public sealed class ScenarioPlayerTests
{
    [Fact]
    public void Runs_played_one_by_one_and_summarised_equal_the_engines()
    {
        var scenario = Scenarios.Russia2020();
        var engine = new ScenarioEngine(Scenarios.World).Run(scenario, 4, 2020, 2);
        var player = new ScenarioPlayer(Scenarios.World, scenario);

        // Played out of order, as a parallel sweep would.
        var runs = new[] { 3, 1, 0, 2 }.ToDictionary(run => run, run => player.Play(2020, run));
        var summary = player.Summarise([.. Enumerable.Range(0, 4).Select(run => runs[run])]);

        Assert.Equal(engine.Events.Select(e => e.Id), summary.Select(e => e.Id));
        for (var item = 0; item < summary.Length; item++)
        {
            Assert.Equal(engine.Events[item].Outcomes, summary[item].Outcomes);
            Assert.Equal(engine.Events[item].Tally, summary[item].Tally);
            Assert.Equal(engine.Events[item].States.Keys, summary[item].States.Keys);
            Assert.Equal(engine.Events[item].Runs.Select(Votes), summary[item].Runs.Select(Votes));
        }
    }

    [Fact]
    public void A_lane_playing_batch_after_batch_plays_what_fresh_lanes_play()
    {
        // Arrears, budget years and an admission: every grain kind holds per-run state that a new batch must not see.
        var scenario = FundingScenarios.ArrearsBeforeRussia2020(Scenarios.Code("UKR"));
        var reused = new ScenarioEngine(Scenarios.World).Run(scenario, 3, 7, parallelism: 1);
        var player = new ScenarioPlayer(Scenarios.World, scenario);
        var fresh = Enumerable.Range(0, 3).Select(run => player.Play(7, run)).ToArray();

        for (var item = 0; item < reused.Events.Length; item++)
        {
            Assert.Equal(fresh.Select(r => Votes(r[item])), reused.Events[item].Runs.Select(Votes));
            Assert.Equal(fresh.Select(r => string.Join(",", r[item].Objectors)), reused.Events[item].Runs.Select(r => string.Join(",", r.Objectors)));
        }

        Assert.Contains(reused.Events.SelectMany(e => e.Runs), r => r.Votes.GetValueOrDefault("UKR") == "not-entitled");

        // A sweep's worker plays runs of any order on one lane, and gets the same; so does one batch of all three.
        using var worker = new RunWorker();
        var onWorker = new[] { 2, 0, 1 }.ToDictionary(run => run, run => player.Play(worker, 7, run));
        var batched = player.PlayBatch(worker, 7, 0, 3);
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(fresh[run].Select(Votes), onWorker[run].Select(Votes));
            Assert.Equal(fresh[run].Select(Votes), batched[run].Select(Votes));
        }
    }

    private static string Votes(EventRun run) => $"{run.Run} {run.Outcome} {run.Tally} {string.Join(",", run.Votes.Select(v => $"{v.Key}={v.Value}"))}";
}
