using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;

namespace IomSim.Domain.Tests.Procedure;

public sealed class ElectionProcedureTests
{
    [Fact]
    public void A_candidate_with_two_thirds_of_the_votes_cast_wins_in_the_first_round()
    {
        var result = ElectionProcedure.Run(["Pope", "Vitorino"], (_, _) => Ballots(("Pope", 100), ("Vitorino", 50), (null, 20)));

        Assert.Equal("Pope", result.Elected);
        var round = Assert.Single(result.Rounds);
        Assert.Equal(20, round.Abstentions);
    }

    [Fact]
    public void Without_a_winner_the_last_candidate_is_dropped_after_the_third_round_and_after_each_later_one()
    {
        // A, B, C split the vote; once C is dropped its voters go to A, who then has two thirds.
        var result = ElectionProcedure.Run(["A", "B", "C"], (_, standing) => standing.Contains("C")
            ? Ballots(("A", 60), ("B", 50), ("C", 40))
            : Ballots(("A", 100), ("B", 50)));

        Assert.Equal("A", result.Elected);
        Assert.Equal([null, null, "C", null], result.Rounds.Select(r => r.Eliminated));
        Assert.Equal(4, result.Rounds.Length);
    }

    [Fact]
    public void A_candidate_left_alone_needs_two_thirds_in_a_yes_or_no_ballot()
    {
        var elected = ElectionProcedure.Run(["A"], (_, _) => Ballots(("A", 100)).Concat(Against(50)));
        Assert.Equal("A", elected.Elected);

        var failed = ElectionProcedure.Run(["A"], (_, _) => Ballots(("A", 99)).Concat(Against(51)), maxRounds: 2);
        Assert.Null(failed.Elected);
        Assert.Equal(2, failed.Rounds.Length);
    }

    [Fact]
    public void A_tie_for_last_place_drops_the_candidate_nominated_last()
    {
        var result = ElectionProcedure.Run(["A", "B", "C"], (_, _) => Ballots(("A", 50), ("B", 40), ("C", 40)), maxRounds: 3);
        Assert.Equal("C", result.Rounds[2].Eliminated);
    }

    private static ImmutableArray<ElectionBallot> Ballots(params (string? Candidate, int Count)[] counts) =>
        [.. counts.SelectMany(c => Enumerable.Repeat(c.Candidate is null ? ElectionBallot.Abstention : ElectionBallot.For(c.Candidate), c.Count))];

    private static IEnumerable<ElectionBallot> Against(int count) => Enumerable.Repeat(ElectionBallot.AgainstCandidate, count);
}
