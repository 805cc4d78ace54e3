using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Testing;
using IomSim.Seeds;
using Xunit.Abstractions;

namespace IomSim.Grains.Tests;

/// <summary>
/// The 111th Council session (24 November 2020) built from the real seed data, run through the grains and directly.
/// This checks the plumbing and the rules, not the model's fit: no parameter here was set from the documented tally.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class RussiaAdmissionFromSeedsTests(GrainCluster cluster, ITestOutputHelper output)
{
    private static readonly DateOnly s_session = new(2020, 11, 24);
    private static readonly StateCode s_russia = StateCode.Parse("RUS");
    private static readonly Lazy<World> s_world = new(() => SeedLoader.Load(RepositoryRoot.Combine("seeds")));

    [Fact]
    public void The_roster_on_the_session_day_has_the_173_members_and_not_Russia()
    {
        var roster = CouncilRosterBuilder.For(s_world.Value, s_session, Admission());

        Assert.Equal(173, roster.Members.Length);
        Assert.DoesNotContain(roster.Members, m => m.Code == s_russia);
        Assert.True(roster.RelationToSubject[StateCode.Parse("UKR")] < 0);
        Assert.True(roster.RelationToSubject[StateCode.Parse("GEO")] < 0);
        Assert.Contains("EU", roster.BlocsOf[StateCode.Parse("DEU")]);
    }

    [Fact]
    public async Task The_grains_and_the_direct_procedure_agree_on_the_real_Council()
    {
        var roster = CouncilRosterBuilder.For(s_world.Value, s_session, Admission());
        var lane = GrainCluster.NewLane();
        var batch = GrainCluster.Batch(2020, 0, 3);
        var briefs = await SessionSetUp.Register(cluster.Grains, lane, batch, roster, s_russia, s_session, DecisionParameters.Default);
        var grains = (await cluster.Grains.GetGrain<ICouncilGrain>(lane).Decide(new AgendaItem(Admission(), s_session, briefs), batch)).ByRun;
        for (var run = 0; run < 3; run++)
        {
            var direct = AgendaItemProcedure.Run(Admission(), roster, DecisionModel.Default, 2020, run);
            Assert.Equal(direct.Votes, grains[run].Votes);
            Assert.Equal(direct.Outcome, grains[run].Outcome);
        }
    }

    [Fact]
    public void Over_many_runs_the_uncalibrated_model_admits_Russia_and_reports_how_it_compares_with_the_record()
    {
        var roster = CouncilRosterBuilder.For(s_world.Value, s_session, Admission());
        var results = Enumerable.Range(0, 500).Select(run => AgendaItemProcedure.Run(Admission(), roster, DecisionModel.Default, 2020, run)).ToArray();
        var votes = results.Where(r => r.Tally is not null).ToArray();

        Assert.All(results, r => Assert.NotEqual(ItemOutcome.RejectedByVote, r.Outcome));
        Assert.All(votes, r => Assert.Equal(173, r.Tally!.Value.Members));

        var documented = s_world.Value.Outcomes["russia-2020"];
        output.WriteLine($"documented: {documented.Outcome}");
        output.WriteLine($"formal vote in {votes.Length} of {results.Length} runs");
        if (votes.Length > 0)
        {
            output.WriteLine($"mean tally when voted: yes {votes.Average(r => r.Tally!.Value.Yes):0.0}, no {votes.Average(r => r.Tally!.Value.No):0.0}, "
                + $"abstain {votes.Average(r => r.Tally!.Value.Abstain):0.0}, absent {votes.Average(r => r.Tally!.Value.Absent):0.0}");
        }

        foreach (var code in new[] { "UKR", "GEO", "USA", "HND", "CHN", "DEU" })
        {
            var state = StateCode.Parse(code);
            var share = results.GroupBy(r => r.Votes[state]).OrderBy(g => g.Key).Select(g => $"{g.Key} {100.0 * g.Count() / results.Length:0}%");
            output.WriteLine($"{code}: {string.Join(", ", share)}");
        }
    }

    private static Motion Admission() =>
        new("russia-2020/admission", MotionKind.Admission, s_world.Value.Positions[s_russia].Position, s_russia);
}
