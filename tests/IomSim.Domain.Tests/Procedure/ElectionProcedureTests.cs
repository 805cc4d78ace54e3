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
        Assert.Equal(20, round.Blank);
        Assert.Equal(150, round.Cast);
    }

    [Fact]
    public void Blank_ballots_count_apart_from_the_votes_cast()
    {
        // 100 of 160 ballots is short of two thirds of all ballots, but two thirds of the 150 votes cast: blanks are not cast.
        var elected = ElectionProcedure.Run(["A", "B"], (_, _) => Ballots(("A", 100), ("B", 50), (null, 10)), maxRounds: 1);
        Assert.Equal("A", elected.Elected);

        // Counting blanks as votes cast would have elected nobody here; moving 2 votes to blank below two thirds does.
        var short_ = ElectionProcedure.Run(["A", "B"], (_, _) => Ballots(("A", 99), ("B", 51), (null, 10)), maxRounds: 1);
        Assert.Null(short_.Elected);
        Assert.Equal(10, short_.Rounds[0].Blank);
    }

    [Fact]
    public void Without_a_winner_the_last_candidate_is_dropped_after_the_third_round_and_after_each_later_one()
    {
        var four = ElectionProcedure.Run(["A", "B", "C", "D"], (_, standing) => Ballots([.. standing.Select((c, i) => ((string?)c, 40 - (5 * i)))]), maxRounds: 6);

        Assert.Equal([null, null, "D", "C", "B", null], four.Rounds.Select(r => r.Eliminated));
        Assert.Equal("A", four.Elected);
        Assert.True(four.Rounds[^1].ByAcclamation);
    }

    [Fact]
    public void Once_the_others_are_eliminated_the_candidate_left_alone_is_elected_by_acclamation()
    {
        var result = ElectionProcedure.Run(["A", "B"], (_, _) => Ballots(("A", 60), ("B", 50)));

        Assert.Equal("A", result.Elected);
        Assert.Equal(4, result.Rounds.Length);
        Assert.Equal("B", result.Rounds[2].Eliminated);
        Assert.True(result.Rounds[3].ByAcclamation);
        Assert.Equal(0, result.Rounds[3].Voters);
    }

    [Fact]
    public void A_lone_candidate_from_the_start_is_elected_by_acclamation_without_ballots()
    {
        var asked = 0;
        var result = ElectionProcedure.Run(["A"], (_, _) =>
        {
            asked++;
            return Against(100);
        });

        Assert.Equal("A", result.Elected);
        Assert.True(result.ByAcclamation);
        Assert.Equal(0, asked);
    }

    [Fact]
    public void Under_the_ballot_rule_a_lone_candidate_needs_two_thirds_in_a_yes_or_no_ballot()
    {
        var rules = ElectionRules.Default with { LoneCandidate = LoneCandidateRule.Ballot, MaxRounds = 2 };
        var elected = ElectionProcedure.Run(["A"], rules, (_, _) => Ballots(("A", 100)).Concat(Against(50)));
        Assert.Equal("A", elected.Elected);
        Assert.False(elected.ByAcclamation);

        var failed = ElectionProcedure.Run(["A"], rules, (_, _) => Ballots(("A", 99)).Concat(Against(51)));
        Assert.Null(failed.Elected);
        Assert.Equal(2, failed.Rounds.Length);
    }

    [Fact]
    public void A_stated_withdrawal_takes_the_candidate_out_after_its_round_instead_of_an_elimination()
    {
        // C withdraws after round 3: nobody is eliminated that round; its voters then go to A, who wins in round 4.
        var rules = ElectionRules.Default with { Withdrawals = [new ElectionWithdrawal("C", 3, "test")] };
        var result = ElectionProcedure.Run(["A", "B", "C"], rules, (_, standing) => standing.Contains("C")
            ? Ballots(("A", 60), ("B", 35), ("C", 40))
            : Ballots(("A", 100), ("B", 35)));

        Assert.Equal("C", Assert.Single(result.Rounds[2].Withdrawn));
        Assert.Null(result.Rounds[2].Eliminated);
        Assert.Equal("A", result.Elected);
        Assert.Equal(4, result.Rounds.Length);
    }

    [Fact]
    public void A_withdrawal_leaving_one_candidate_ends_in_acclamation()
    {
        var rules = ElectionRules.Default with { Withdrawals = [new ElectionWithdrawal("B", 1, "test")] };
        var result = ElectionProcedure.Run(["A", "B"], rules, (_, _) => Ballots(("A", 60), ("B", 50)));

        Assert.Equal("B", Assert.Single(result.Rounds[0].Withdrawn));
        Assert.Equal("A", result.Elected);
        Assert.True(result.ByAcclamation);
        Assert.Equal(2, result.Rounds.Length);
    }

    [Fact]
    public void A_hopeless_trailer_withdraws_by_the_stated_rule()
    {
        var rules = ElectionRules.Default with { TrailerWithdrawsBelow = 0.1 };
        var result = ElectionProcedure.Run(["A", "B", "C"], rules, (_, standing) => standing.Contains("C")
            ? Ballots(("A", 90), ("B", 50), ("C", 10))
            : Ballots(("A", 90), ("B", 60)));

        // C has 10 of 150 votes cast (6.7%) after round 1 and withdraws; B, with a third, does not.
        Assert.Equal("C", Assert.Single(result.Rounds[0].Withdrawn));
        Assert.Empty(result.Rounds[1].Withdrawn);
    }

    [Fact]
    public void A_tie_for_last_place_drops_the_candidate_nominated_last()
    {
        var result = ElectionProcedure.Run(["A", "B", "C"], (_, _) => Ballots(("A", 50), ("B", 40), ("C", 40)), maxRounds: 3);
        Assert.Equal("C", result.Rounds[2].Eliminated);
    }

    private static ImmutableArray<ElectionBallot> Ballots(params (string? Candidate, int Count)[] counts) =>
        [.. counts.SelectMany(c => Enumerable.Repeat(c.Candidate is null ? ElectionBallot.Blank : ElectionBallot.For(c.Candidate), c.Count))];

    private static IEnumerable<ElectionBallot> Against(int count) => Enumerable.Repeat(ElectionBallot.AgainstCandidate, count);
}
