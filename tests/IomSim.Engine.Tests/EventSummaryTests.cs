using System.Collections.Immutable;
using System.Globalization;
using IomSim.Domain.World;
using IomSim.Engine.Results;

namespace IomSim.Engine.Tests;

/// <summary>Each state's share of runs per vote: counted by index on shared arrays, or grouped, the same numbers.</summary>
public sealed class EventSummaryTests
{
    [Fact]
    public void Counting_by_index_gives_the_grouped_shares_across_member_lists_new_names_and_runs_without_votes()
    {
        var table = new StateLabelTable();
        ImmutableArray<EventRun> runs =
        [
            Run(0, table.Label(Map(("GEO", "no"), ("UKR", "no"), ("USA", "yes")), Name)),
            Run(1, table.Label(Map(("GEO", "no"), ("RUS", "yes"), ("UKR", "abstain"), ("USA", "yes")), Name)),
            Run(2, StateLabelDictionary.Empty),
            Run(3, table.Label(Map(("GEO", "yes"), ("UKR", "no"), ("USA", "not-entitled")), Name)),
            Run(4, table.Label(Map(("GEO", "no"), ("RUS", "absent"), ("UKR", "no"), ("USA", "yes")), Name)),
        ];

        var byIndex = EventSummary.VoteSharesByIndex(runs);

        Assert.NotNull(byIndex);
        Assert.Equal(Flat(EventSummary.VoteSharesByGrouping(runs)), Flat(byIndex));
        Assert.Equal(["GEO", "RUS", "UKR", "USA"], byIndex.Keys);
        Assert.Equal(3.0 / 5, byIndex["GEO"]["no"]);
        Assert.Equal(1.0 / 5, byIndex["RUS"]["absent"]);
        Assert.Equal(["abstain", "no"], byIndex["UKR"].Keys);
    }

    [Fact]
    public void Votes_built_one_by_one_are_grouped()
    {
        var runs = Enumerable.Range(0, 12)
            .Select(run => Run(run, StateLabelDictionary.From([KeyValuePair.Create("GEO", run % 3 == 0 ? "yes" : "no"), KeyValuePair.Create("UKR", "no")])))
            .ToImmutableArray();

        Assert.Null(EventSummary.VoteSharesByIndex(runs));
        Assert.Equal(Flat(EventSummary.VoteSharesByGrouping(runs)), Flat(EventSummary.VoteShares(runs)));
        Assert.Equal(4.0 / 12, EventSummary.VoteShares(runs)["GEO"]["yes"]);
    }

    [Fact]
    public void The_engines_runs_are_counted_by_index_with_the_grouped_shares()
    {
        var scenario = FundingScenarios.ArrearsBeforeRussia2020(Scenarios.Code("UKR"));
        var result = new ScenarioEngine(Scenarios.World).Run(scenario, 6, 11, parallelism: 2);

        var voted = result.Events.Where(e => e.Runs.Any(r => !r.Votes.IsEmpty)).ToArray();
        Assert.NotEmpty(voted);
        foreach (var item in result.Events)
        {
            var byIndex = EventSummary.VoteSharesByIndex(item.Runs);
            Assert.NotNull(byIndex);
            Assert.Equal(Flat(EventSummary.VoteSharesByGrouping(item.Runs)), Flat(byIndex));
            Assert.Equal(Flat(item.States), Flat(byIndex));
        }
    }

    private static EventRun Run(int run, StateLabelDictionary votes) => new(run, "adopted-by-vote", null, [], [], votes, StateLabelDictionary.Empty, null);

    private static string Name(string vote) => vote;

    private static StateDictionary<string> Map(params (string Code, string Vote)[] entries) =>
        StateDictionary.Of(entries.Select(e => KeyValuePair.Create(StateCode.Parse(e.Code), e.Vote)));

    // Exact: the shares must be the same doubles, not merely close.
    private static string[] Flat(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> shares) =>
        [.. shares.SelectMany(state => state.Value.Select(vote => $"{state.Key} {vote.Key} {vote.Value.ToString("R", CultureInfo.InvariantCulture)}"))];
}
