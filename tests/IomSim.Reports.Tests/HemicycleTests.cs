using System.Xml.Linq;
using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class HemicycleTests
{
    private static readonly HemicycleSeat[] s_five =
    [
        new("UKR", "Ukraine", "UN-Eastern-European", "UN-Eastern-European", "no", "relation"),
        new("CAN", "Canada", "UN-WEOG", "NATO, OECD-DAC, UN-WEOG", "yes", "baseline"),
        new("USA", "United States", "UN-WEOG", "NATO, UN-WEOG", "abstain", "baseline"),
        new("PLW", "Palau", "UN-Asia-Pacific", "UN-Asia-Pacific", "absent", null),
        new("AFG", "Afghanistan", "UN-Asia-Pacific", "G77, UN-Asia-Pacific", "not-entitled", null),
    ];

    [Fact]
    public void Five_members_make_five_seats_each_coloured_by_its_vote_with_its_state_vote_and_reason_on_hover()
    {
        var chart = Hemicycle.Render(s_five, "five");
        var seats = Drawn.Elements(chart, "circle", "seat");

        Assert.Equal(5, seats.Length);
        var byVote = seats.ToDictionary(s => (string)s.Attribute("data-vote")!);
        Assert.Equal("#0072B2", (string?)byVote["yes"].Attribute("fill"));
        Assert.Equal("#D55E00", (string?)byVote["no"].Attribute("fill"));
        Assert.Equal("#E69F00", (string?)byVote["abstain"].Attribute("fill"));
        Assert.Equal("#BBBBBB", (string?)byVote["absent"].Attribute("fill"));
        Assert.Equal("#FFFFFF", (string?)byVote["not-entitled"].Attribute("fill"));
        Assert.NotEqual("none", (string?)byVote["not-entitled"].Attribute("stroke"));

        var ukraine = Drawn.Tip(byVote["no"]);
        Assert.Contains("Ukraine (UKR)", ukraine, StringComparison.Ordinal);
        Assert.Contains("region: UN-Eastern-European", ukraine, StringComparison.Ordinal);
        Assert.Contains("vote: no", ukraine, StringComparison.Ordinal);
        Assert.Contains("weighed most: relation", ukraine, StringComparison.Ordinal);
        Assert.DoesNotContain("weighed most", Drawn.Tip(byVote["absent"]), StringComparison.Ordinal);
        Assert.Contains("vote: not entitled", Drawn.Tip(byVote["not-entitled"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Seats_read_left_to_right_yes_abstain_no_absent_not_entitled()
    {
        var seats = Drawn.Elements(Hemicycle.Render(s_five, "five"), "circle", "seat");

        var leftToRight = seats.OrderBy(s => Drawn.Number(s, "cx")).Select(s => (string)s.Attribute("data-vote")!).ToArray();
        Assert.Equal(["yes", "abstain", "no", "absent", "not-entitled"], leftToRight);
    }

    [Fact]
    public void The_legend_names_every_vote_with_its_count()
    {
        var chart = Hemicycle.Render(s_five, "five");

        Assert.True(Drawn.HasLegend(chart));
        var legend = Drawn.Elements(chart, "g", "vote-legend").Single().Value;
        foreach (var key in new[] { "yes (1)", "abstain (1)", "no (1)", "absent (1)", "not entitled (1)" })
        {
            Assert.Contains(key, legend, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(173)]
    [InlineData(193)]
    public void Every_member_gets_a_seat_of_its_own(int members)
    {
        var places = Hemicycle.Places(members);

        Assert.Equal(members, places.Count);
        Assert.Equal(members, places.Select(p => (Math.Round(p.X, 3), Math.Round(p.Y, 3))).Distinct().Count());
        var seats = Drawn.Elements(Hemicycle.Render([.. Enumerable.Range(0, members).Select(i => new HemicycleSeat($"S{i}", $"State {i}", "UN-WEOG", string.Empty, "yes", null))], "many"), "circle", "seat");
        var radius = Drawn.Number(seats[0], "r");
        for (var i = 0; i < seats.Length; i++)
        {
            for (var j = i + 1; j < seats.Length; j++)
            {
                var distance = Math.Sqrt(Math.Pow(Drawn.Number(seats[i], "cx") - Drawn.Number(seats[j], "cx"), 2) + Math.Pow(Drawn.Number(seats[i], "cy") - Drawn.Number(seats[j], "cy"), 2));
                Assert.True(distance >= 2 * radius, $"seats {i} and {j} overlap: {distance} < {2 * radius}");
            }
        }
    }

    [Fact]
    public void A_state_name_with_markup_characters_is_escaped_and_reads_back_unchanged()
    {
        HemicycleSeat[] seats = [new("XAA", "Tom & <Jerry> \"Land\"", "UN-<&\"", "G77", "yes", "a<b & c\"d")];

        var chart = Hemicycle.Render(seats, "escape <&\"");
        var text = chart.ToString(SaveOptions.DisableFormatting);

        Assert.Contains("Tom &amp; &lt;Jerry&gt; \"Land\" (XAA)", text, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"escape &lt;&amp;&quot;\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<Jerry>", text, StringComparison.Ordinal);
        var reread = XElement.Parse(text);
        var tip = Drawn.Tip(Drawn.Elements(reread, "circle", "seat").Single());
        Assert.Contains("Tom & <Jerry> \"Land\" (XAA)", tip, StringComparison.Ordinal);
        Assert.Contains("region: UN-<&\"", tip, StringComparison.Ordinal);
        Assert.Contains("weighed most: a<b & c\"d", tip, StringComparison.Ordinal);
    }
}
