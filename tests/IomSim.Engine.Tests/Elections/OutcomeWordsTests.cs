using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Engine.Elections;

namespace IomSim.Engine.Tests.Elections;

public sealed class OutcomeWordsTests
{
    [Theory]
    [InlineData("elected:António Vitorino", "António Vitorino elected")]
    [InlineData("no-winner", "no winner")]
    [InlineData("adopted-by-vote", "adopted by vote")]
    [InlineData("adopted-by-consensus", "adopted by consensus")]
    public void An_outcome_name_reads_as_words_and_never_as_its_machine_label(string outcome, string words)
    {
        Assert.Equal(words, OutcomeWords.Of(outcome));
        Assert.DoesNotContain("elected:", OutcomeWords.Of(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public void A_winner_by_ballot_is_named_with_the_round_and_two_thirds()
    {
        var election = new ElectionResult("A", [Round(1, ("A", 80), ("B", 70), null, null), Round(2, ("A", 90), ("B", 60), null, "B") with { Withdrawn = [] }, Round(3, ("A", 110), ("B", 40), "A", null)]);

        Assert.Equal("A elected in round 3, by two thirds", OutcomeWords.Of(election));
        Assert.Equal("A elected with 110 of 150 votes cast (two thirds: 100)", OutcomeWords.After(election.Rounds[2]));
        Assert.Equal("B eliminated (fewest votes)", OutcomeWords.After(election.Rounds[1]));
        Assert.Equal(string.Empty, OutcomeWords.After(election.Rounds[0]));
    }

    [Fact]
    public void A_lone_candidate_left_is_elected_by_acclamation_and_a_deadlock_names_no_winner()
    {
        var acclaimed = new ElectionRound(2, ["A"], ImmutableSortedDictionary<string, int>.Empty, 0, 0, 0, "A", null) { ByAcclamation = true };
        var withdrew = Round(1, ("A", 80), ("B", 70), null, null) with { Withdrawn = ["B"] };

        Assert.Equal("A elected in round 2, by acclamation", OutcomeWords.Of(new ElectionResult("A", [withdrew, acclaimed])));
        Assert.Equal("B withdrew", OutcomeWords.After(withdrew));
        Assert.Equal("A elected by acclamation, the only candidate left", OutcomeWords.After(acclaimed));
        Assert.Equal("no winner after 1 round", OutcomeWords.Of(new ElectionResult(null, [Round(1, ("A", 80), ("B", 70), null, null)])));
    }

    [Theory]
    [InlineData(150, 100)]
    [InlineData(151, 101)]
    [InlineData(152, 102)]
    [InlineData(3, 2)]
    public void Two_thirds_is_the_fewest_votes_with_three_times_at_least_twice_the_votes_cast(int cast, int twoThirds)
    {
        Assert.Equal(twoThirds, OutcomeWords.TwoThirds(cast));
        Assert.True(3 * twoThirds >= 2 * cast);
        Assert.True(3 * (twoThirds - 1) < 2 * cast);
    }

    internal static ElectionRound Round(int number, (string Name, int Votes) a, (string Name, int Votes) b, string? elected, string? eliminated) =>
        new(number, [a.Name, b.Name], new[] { a, b }.ToImmutableSortedDictionary(v => v.Name, v => v.Votes, StringComparer.Ordinal), 0, 0, 10, elected, eliminated);
}
