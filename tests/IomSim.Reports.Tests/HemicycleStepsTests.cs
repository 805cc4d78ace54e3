using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class HemicycleStepsTests
{
    private static readonly HemicycleSeat[] s_council =
    [
        new("UKR", "Ukraine", "UN-Eastern-European", "UN-Eastern-European", "no", "relation") { Objected = true, RequestedVote = true },
        new("POL", "Poland", "UN-Eastern-European", "EU, NATO, UN-Eastern-European", "no", "bloc") { Objected = true },
        new("CAN", "Canada", "UN-WEOG", "NATO, OECD-DAC, UN-WEOG", "yes", "baseline"),
        new("USA", "United States", "UN-WEOG", "NATO, UN-WEOG", "abstain", "baseline") { OnRecord = "no" },
        new("FRA", "France", "UN-WEOG", "EU, NATO, UN-WEOG", "yes", "baseline"),
        new("PLW", "Palau", "UN-Asia-Pacific", "UN-Asia-Pacific", "absent", null),
        new("AFG", "Afghanistan", "UN-Asia-Pacific", "G77, UN-Asia-Pacific", "not-entitled", null),
        new("NGA", "Nigeria", "UN-African", "AU, G77, UN-African", "yes", "baseline"),
        new("BRA", "Brazil", "UN-GRULAC", "G77, UN-GRULAC", "abstain", "baseline"),
        new("XXX", "Nowhere", string.Empty, string.Empty, "yes", null),
    ];

    [Fact]
    public void Each_seat_carries_its_state_vote_presence_and_marks_as_data()
    {
        var seats = Drawn.Elements(Hemicycle.Render(s_council, "council", SeatOrder.ByRegion, leaning: false), "circle", "seat")
            .ToDictionary(s => (string)s.Attribute("data-state")!);

        Assert.Equal(s_council.Length, seats.Count);
        foreach (var vote in new[] { "yes", "no", "abstain", "absent", "not-entitled" })
        {
            Assert.Equal(s_council.Count(s => s.Vote == vote), seats.Values.Count(s => (string?)s.Attribute("data-vote") == vote));
        }

        Assert.Equal("false", (string?)seats["PLW"].Attribute("data-present"));
        Assert.Equal("true", (string?)seats["AFG"].Attribute("data-present"));
        Assert.Equal(["POL", "UKR"], seats.Values.Where(s => (string?)s.Attribute("data-objected") == "true").Select(s => (string)s.Attribute("data-state")!).Order(StringComparer.Ordinal));
        Assert.Equal(["UKR"], seats.Values.Where(s => (string?)s.Attribute("data-requested") == "true").Select(s => (string)s.Attribute("data-state")!));
        Assert.Equal("no", (string?)seats["USA"].Attribute("data-record"));
        Assert.Null(seats["CAN"].Attribute("data-record"));
        Assert.Contains("on record: no", Drawn.Tip(seats["USA"]), StringComparison.Ordinal);
        Assert.Contains("objected to consensus; asked for a formal vote", Drawn.Tip(seats["UKR"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Objectors_get_a_ring_and_requesters_a_dot_centred_on_their_seat_and_both_are_in_the_legend()
    {
        var chart = Hemicycle.Render(s_council, "council", SeatOrder.ByRegion, leaning: false);
        var seats = Drawn.Elements(chart, "circle", "seat").ToDictionary(s => (string)s.Attribute("data-state")!);
        var rings = Drawn.Elements(chart, "circle", "objected");
        var dots = Drawn.Elements(chart, "circle", "requested");

        Assert.Equal(2, rings.Length);
        Assert.Single(dots);
        foreach (var mark in rings.Concat(dots))
        {
            var seat = seats[(string)mark.Attribute("data-state")!];
            Assert.Equal(Drawn.Number(seat, "cx"), Drawn.Number(mark, "cx"));
            Assert.Equal(Drawn.Number(seat, "cy"), Drawn.Number(mark, "cy"));
            Assert.True(Drawn.Number(mark, "r") < Drawn.Number(seat, "r"), "a mark stays inside its seat");
        }

        var legend = Drawn.Elements(chart, "g", "vote-legend").Single().Value;
        Assert.Contains("objected to consensus (2)", legend, StringComparison.Ordinal);
        Assert.Contains("asked for a vote (1)", legend, StringComparison.Ordinal);
        Assert.Contains("yes (4)", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_marks_the_legend_names_none()
    {
        HemicycleSeat[] quiet = [.. s_council.Select(s => s with { Objected = false, RequestedVote = false })];

        var chart = Hemicycle.Render(quiet, "quiet", SeatOrder.ByRegion, leaning: false);

        Assert.Empty(Drawn.Elements(chart, "circle", "mark"));
        Assert.DoesNotContain("objected", Drawn.Elements(chart, "g", "vote-legend").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Seated_by_region_the_seats_stay_put_whatever_the_votes()
    {
        HemicycleSeat[] flipped = [.. s_council.Select(s => s with { Vote = s.Vote == "yes" ? "no" : "yes" })];

        var before = Positions(Hemicycle.Render(s_council, "a", SeatOrder.ByRegion, leaning: false));
        var after = Positions(Hemicycle.Render(flipped, "b", SeatOrder.ByRegion, leaning: false));

        Assert.Equal(before, after);
        Assert.NotEqual(Positions(Hemicycle.Render(s_council, "c", SeatOrder.ByVote, leaning: false)), Positions(Hemicycle.Render(flipped, "d", SeatOrder.ByVote, leaning: false)));
    }

    [Fact]
    public void Seated_by_region_members_read_left_to_right_african_to_weog_then_none()
    {
        var seated = Hemicycle.Seated(s_council, SeatOrder.ByRegion).Select(s => s.Code).ToArray();

        Assert.Equal(["NGA", "AFG", "PLW", "POL", "UKR", "BRA", "CAN", "FRA", "USA", "XXX"], seated);
        var chart = Hemicycle.Render(s_council, "council", SeatOrder.ByRegion, leaning: false);
        var leftToRight = Drawn.Elements(chart, "circle", "seat").OrderByDescending(Angle).ThenBy(s => Math.Pow(Drawn.Number(s, "cx") - 320, 2) + Math.Pow(Drawn.Number(s, "cy") - 306, 2)).Select(s => (string)s.Attribute("data-state")!).ToArray();
        Assert.Equal(seated, leftToRight);
        var order = string.Join(" · ", Drawn.Elements(chart, "g", "order").Single().Elements().Select(e => e.Value)).Split(':', 2);
        Assert.Equal("Seated by UN regional group, left to right", order[0]);
        Assert.Equal(["African 1", "Asia-Pacific 2", "Eastern-European 2", "GRULAC 1", "WEOG 3", "none 1"], order[1].Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_long_seating_line_wraps_inside_the_chart()
    {
        HemicycleSeat[] many = [.. Enumerable.Range(0, 12).Select(i => new HemicycleSeat($"S{i:00}", $"State {i}", $"UN-Region-with-a-long-name-{i:00}", string.Empty, "yes", null))];

        var chart = Hemicycle.Render(many, "many", SeatOrder.ByRegion, leaning: false);
        var lines = Drawn.Elements(chart, "g", "order").Single().Elements().ToArray();

        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(line.Value.Length * 6.6 <= Hemicycle.Width - 40, $"'{line.Value}' is too long"));
        Assert.Equal(12, string.Join(" · ", lines.Select(l => l.Value)).Split(':', 2)[1].Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Seated_by_bloc_a_member_of_several_sits_in_the_first_listed()
    {
        var seated = Hemicycle.Seated(s_council, SeatOrder.ByBloc).Select(s => (s.Code, s.Bloc)).ToArray();

        Assert.Equal(
            [("FRA", "EU"), ("POL", "EU"), ("CAN", "NATO"), ("USA", "NATO"), ("NGA", "AU"), ("AFG", "G77"), ("BRA", "G77"), ("XXX", "none"), ("PLW", "none"), ("UKR", "none")],
            seated);
    }

    [Fact]
    public void Leanings_say_would_vote_in_the_legend_and_the_hover_text()
    {
        var chart = Hemicycle.Render(s_council, "council", SeatOrder.ByRegion, leaning: true);

        Assert.Equal("true", (string?)chart.Attribute("data-leaning"));
        Assert.Contains("would vote yes (4)", Drawn.Elements(chart, "g", "vote-legend").Single().Value, StringComparison.Ordinal);
        Assert.Contains("would vote: no (no formal vote held)", Drawn.Tip(Drawn.Elements(chart, "circle", "seat").First(s => (string?)s.Attribute("data-state") == "UKR")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_carries_the_step_rules_and_a_legend_for_the_steps()
    {
        var chart = Hemicycle.Render(s_council, "council", SeatOrder.ByRegion, leaning: false);
        var style = chart.Element(Markup.Svg.Ns + "style")!.Value;

        Assert.Contains(".hemicycle[data-step=present] .seat", style, StringComparison.Ordinal);
        Assert.Contains(".hemicycle[data-step=objected] .seat[data-objected=true]", style, StringComparison.Ordinal);
        Assert.Contains(".hemicycle[data-step=requested] .seat[data-requested=true]", style, StringComparison.Ordinal);
        Assert.DoesNotContain("data-step=voted", style, StringComparison.Ordinal);
        var steps = Drawn.Elements(chart, "g", "step-legend").Single().Value;
        Assert.Contains("objected to consensus", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("(", steps, StringComparison.Ordinal);
    }

    // The seat's angle seen from the hemicycle's centre (320, 306): π at the far left, 0 at the far right.
    private static double Angle(System.Xml.Linq.XElement seat) => Math.Round(Math.Atan2(306 - Drawn.Number(seat, "cy"), Drawn.Number(seat, "cx") - 320), 2);

    private static (string, double, double)[] Positions(System.Xml.Linq.XElement chart) =>
        [.. Drawn.Elements(chart, "circle", "seat").Select(s => ((string)s.Attribute("data-state")!, Drawn.Number(s, "cx"), Drawn.Number(s, "cy"))).OrderBy(p => p.Item1, StringComparer.Ordinal)];
}
