using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Engine.Tests.Comparison;

public sealed class ElectionComparerTests
{
    [Fact]
    public void The_winner_share_and_each_documented_round_are_scored_over_the_runs_that_held_it()
    {
        // Run 0: A wins in round 1 (60 to 30). Run 1: B wins in round 2 (round 1: 50 to 40).
        var runs = ImmutableArray.Create(
            Run(0, "A", Round(1, ("A", 60), ("B", 30), "A")),
            Run(1, "B", Round(1, ("A", 40), ("B", 50), null), Round(2, ("A", 20), ("B", 70), "B")));
        var documented = Record() with
        {
            Rounds = [new DocumentedRound(1, Votes(("A", 56), ("B", 40)), 2, "r1"), new DocumentedRound(2, Votes(("A", 30), ("B", 66)), null, "r2")],
        };
        var result = new EventResult(
            "e", "election", "E", "s", new DateOnly(2018, 6, 29), ImmutableSortedDictionary<string, double>.Empty,
            new TallySummary(Distribution.Empty, Distribution.Empty, Distribution.Empty, Distribution.Empty, Distribution.Empty), 0, documented,
            ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>>.Empty, runs);

        var comparison = ElectionComparer.Compare(result, documented);

        Assert.Equal(0.5, comparison.WinnerShare);
        Assert.Equal(1.5, comparison.MeanRounds);
        Assert.Equal(50.0, comparison.Rounds[0].Simulated["A"]);
        Assert.Equal(1.0, comparison.Rounds[0].ReachedShare);
        Assert.Equal((6.0 + 0.0) / 2, comparison.Rounds[0].Error);
        Assert.Equal(0.5, comparison.Rounds[1].ReachedShare);
        Assert.Equal((10.0 + 4.0) / 2, comparison.Rounds[1].Error);

        var overall = Assert.Single(ScenarioComparer.Compare(new ScenarioResult("s", "S", 1, 2, "v", "h", false, [result])));
        Assert.Equal(0.5, overall.OutcomeMatch);
        Assert.Same(comparison.DocumentedWinner, overall.Election!.DocumentedWinner);
    }

    private static DocumentedOutcome Record() => new(
        "e", "IOM Council", "s", new DateOnly(2018, 6, 29), "election", [], true, null, "elected", "src", string.Empty, [], [], null, null)
    {
        Elected = "A",
    };

    private static EventRun Run(int run, string winner, params ElectionRound[] rounds) =>
        new(run, $"elected:{winner}", null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, new ElectionResult(winner, [.. rounds]));

    private static ElectionRound Round(int number, (string Name, int Votes) a, (string Name, int Votes) b, string? elected) =>
        new(number, [a.Name, b.Name], Votes(a, b), 0, 0, 0, elected, null);

    private static ImmutableSortedDictionary<string, int> Votes(params (string Name, int Votes)[] votes) =>
        votes.ToImmutableSortedDictionary(v => v.Name, v => v.Votes, StringComparer.Ordinal);
}
