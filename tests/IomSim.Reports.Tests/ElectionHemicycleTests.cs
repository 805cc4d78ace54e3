using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class ElectionHemicycleTests
{
    private static readonly ElectionResult s_election = new(
        "A",
        [
            Round(1, ["A", "B", "C"], [("A", 70), ("B", 50), ("C", 40)], blank: 5, absent: 8) with { Withdrawn = ["C"] },
            Round(2, ["A", "B"], [("A", 90), ("B", 60)], blank: 10, absent: 13) with { Eliminated = "B" },
            new ElectionRound(3, ["A"], ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal), 0, 0, 0, "A", null) { ByAcclamation = true },
        ]);

    [Fact]
    public void A_round_has_one_seat_per_member_entitled_to_vote_and_as_many_per_candidate_as_it_had_votes()
    {
        var round = s_election.Rounds[0];
        var chart = ElectionHemicycle.Render(round, ElectionHemicycle.Nominated(s_election), "dg, round 1");
        var seats = Drawn.Elements(chart, "circle", "seat");

        Assert.Equal(round.Voters, seats.Length);
        Assert.Equal(173, seats.Length);
        Assert.Equal(70, seats.Count(s => (string?)s.Attribute("data-candidate") == "A"));
        Assert.Equal(50, seats.Count(s => (string?)s.Attribute("data-candidate") == "B"));
        Assert.Equal(40, seats.Count(s => (string?)s.Attribute("data-candidate") == "C"));
        Assert.Equal(5, seats.Count(s => (string?)s.Attribute("data-ballot") == "blank"));
        Assert.Equal(8, seats.Count(s => (string?)s.Attribute("data-ballot") == "absent"));
        Assert.Contains("secret", Drawn.Tip(seats[0]), StringComparison.Ordinal);
        var legend = Drawn.Elements(chart, "g", "legend").Single().Value;
        Assert.Contains("C (40, withdrew)", legend, StringComparison.Ordinal);
        Assert.Contains("blank (5)", legend, StringComparison.Ordinal);
        Assert.Equal("Round 1: nobody reached two thirds of 160 votes cast (107); C withdrew.", Drawn.Elements(chart, "text", "outcome").Single().Value);
    }

    [Fact]
    public void A_candidate_keeps_its_colour_from_round_to_round()
    {
        var charts = ElectionHemicycle.Rounds(s_election, "dg");
        string FillOf(int round, string candidate) => (string)Drawn.Elements(charts[round], "circle", "seat").First(s => (string?)s.Attribute("data-candidate") == candidate).Attribute("fill")!;

        Assert.Equal(3, charts.Count);
        Assert.Equal(FillOf(0, "A"), FillOf(1, "A"));
        Assert.Equal(FillOf(0, "B"), FillOf(1, "B"));
        Assert.NotEqual(FillOf(0, "A"), FillOf(0, "B"));
        Assert.Equal("dg, round 2", (string?)charts[1].Attribute("aria-label"));
        Assert.Contains("B eliminated", Drawn.Elements(charts[1], "text", "outcome").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acclamation_draws_no_ballot_and_says_so()
    {
        var chart = ElectionHemicycle.Rounds(s_election, "dg")[2];

        Assert.Empty(Drawn.Elements(chart, "circle", "seat"));
        Assert.Equal("true", (string?)chart.Attribute("data-acclamation"));
        Assert.Equal("Round 3: A, the only candidate left, elected by acclamation, without a ballot.", Drawn.Elements(chart, "text", "outcome").Single().Value);
    }

    [Fact]
    public void A_winner_is_named_with_the_two_thirds_it_needed()
    {
        var round = Round(4, ["A", "B"], [("A", 120), ("B", 30)], blank: 3, absent: 0) with { Elected = "A" };

        Assert.Equal("Round 4: A elected with 120 of 150 votes cast (two thirds: 100).", ElectionHemicycle.Outcome(round));
    }

    private static ElectionRound Round(int number, ImmutableArray<string> standing, (string Name, int Votes)[] votes, int blank, int absent) =>
        new(number, standing, votes.ToImmutableSortedDictionary(v => v.Name, v => v.Votes, StringComparer.Ordinal), 0, blank, absent, null, null);
}
