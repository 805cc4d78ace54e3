using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Engine.Elections;
using IomSim.Engine.Results;

namespace IomSim.Engine.Tests.Elections;

public sealed class ElectionRoundsTests
{
    [Fact]
    public void Each_round_number_is_summed_up_over_the_runs_that_reached_it()
    {
        // Run 0: A elected by ballot in round 2. Run 1: B withdraws after round 1 and A is acclaimed in round 2.
        var elected = new ElectionResult("A", [OutcomeWordsTests.Round(1, ("A", 80), ("B", 70), null, null), OutcomeWordsTests.Round(2, ("A", 110), ("B", 40), "A", null)]);
        var acclaimed = new ElectionResult("A", [
            OutcomeWordsTests.Round(1, ("A", 100), ("B", 50), null, null) with { Withdrawn = ["B"] },
            new ElectionRound(2, ["A"], ImmutableSortedDictionary<string, int>.Empty, 0, 0, 0, "A", null) { ByAcclamation = true },
        ]);
        var item = Item(elected, acclaimed);

        var rounds = ElectionRounds.Of(item);

        Assert.Equal(["A", "B"], ElectionRounds.Candidates(item).ToArray());
        Assert.Equal(2, rounds.Length);
        Assert.Equal(1.0, rounds[0].HeldShare);
        Assert.Equal(2, rounds[0].BallotRuns);
        Assert.Equal(90.0, rounds[0].MeanVotes["A"]);
        Assert.Equal(60.0, rounds[0].MeanVotes["B"]);
        Assert.Equal(150.0, rounds[0].MeanCast);
        Assert.Equal(0.5, rounds[0].Withdrew["B"]);
        Assert.Empty(rounds[0].Elected);

        // Round 2 balloted in one run only: its means are that run's; B stood in it, so B has a mean.
        Assert.Equal(1, rounds[1].BallotRuns);
        Assert.Equal(110.0, rounds[1].MeanVotes["A"]);
        Assert.Equal(0.5, rounds[1].Acclaimed);
        Assert.Equal(1.0, rounds[1].Elected["A"]);
    }

    [Fact]
    public void Other_items_have_no_rounds()
    {
        var item = Item() with { Kind = "admission" };

        Assert.Empty(ElectionRounds.Of(item));
        Assert.Empty(ElectionRounds.Candidates(item));
    }

    private static EventResult Item(params ElectionResult[] elections) => new(
        "dg",
        "election",
        "Election",
        "session",
        new DateOnly(2018, 6, 29),
        ImmutableSortedDictionary<string, double>.Empty,
        new TallySummary(Distribution.Empty, Distribution.Empty, Distribution.Empty, Distribution.Empty, Distribution.Empty),
        0,
        null,
        ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>>.Empty,
        [.. elections.Select((e, i) => new EventRun(i, OutcomeNames.Elected(e.Elected!), null, [], [], StateLabelDictionary.Empty, StateLabelDictionary.Empty, e))]);
}
