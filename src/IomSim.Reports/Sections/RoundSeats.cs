using System.Collections.Immutable;
using System.Xml.Linq;
using IomSim.Domain.Procedure;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Sections;

/// <summary>
/// A hemicycle per round of run 1: the Council's seats (the layout of <see cref="Hemicycle.Places"/>) coloured by the
/// round's ballots, candidate by candidate in nomination order, then blank ballots and members without a ballot. The
/// ballot is secret and the results keep counts, not who voted for whom, so seats are counts: no seat names a member.
/// </summary>
internal static class RoundSeats
{
    private const double Width = 640;
    private const double Top = 322;

    /// <summary>One figure holding a hemicycle per round of <paramref name="election"/>.</summary>
    public static IEnumerable<XElement> Render(EventResult item, ElectionResult election, ImmutableArray<string> candidates)
    {
        var ballots = election.Rounds.Where(r => !r.ByAcclamation).ToArray();
        if (ballots.Length == 0)
        {
            yield break;
        }

        var charts = ballots.Take(ElectionRoundChart.MaxRounds)
            .Select(r => Html.El("div", Html.Class("round-seats"), Round(item, r, candidates)));
        yield return Html.El(
            "figure",
            Html.El("div", Html.Class("rounds-grid"), charts),
            Html.El("figcaption", "Run 1's ballots round by round, one seat per member entitled to vote, coloured by the ballot's candidate (then blank, then no ballot). The ballot is secret: seats show how many, not who."));
    }

    private static XElement Round(EventResult item, ElectionRound round, ImmutableArray<string> candidates)
    {
        var kinds = candidates.Select((c, i) => (Label: c, Fill: ElectionRoundChart.CandidateColour(i), Count: round.Votes.GetValueOrDefault(c)))
            .Append((Label: "against", Fill: Palette.FillOf("no"), Count: round.Against))
            .Append((Label: "blank", Fill: Palette.Neutral, Count: round.Blank))
            .Append((Label: "no ballot", Fill: "#FFFFFF", Count: round.Absent))
            .Where(k => k.Count > 0)
            .ToArray();
        var seats = kinds.SelectMany(k => Enumerable.Repeat(k, k.Count)).ToArray();
        var places = Hemicycle.Places(seats.Length);
        var radius = Radius(places);
        var circles = seats.Select((k, i) => Svg.El(
            "circle",
            Svg.At("class", "seat"),
            Svg.At("data-ballot", k.Label),
            Svg.At("cx", places[i].X),
            Svg.At("cy", places[i].Y),
            Svg.At("r", radius),
            Svg.At("fill", k.Fill),
            Svg.At("stroke", k.Label == "no ballot" ? "#555555" : "none"),
            Svg.Tip($"round {Figures.Whole(round.Number)}: {k.Label} ({Figures.Whole(k.Count)} seats)")));
        var legend = kinds.Select(k => new LegendEntry($"{k.Label} {Figures.Whole(k.Count)}", k.Fill, k.Label == "no ballot" ? "#555555" : "none", "dot")).ToArray();
        return Svg.Root(
            Width,
            Top + 36 + (Legend.Lines(legend, Width - 40) * Legend.LineHeight),
            "hemicycle round-hemicycle",
            $"Run 1, round {Figures.Whole(round.Number)} of {item.Id}: ballots by candidate",
            Svg.El("g", Svg.At("class", "seats"), circles),
            Svg.Text(Width / 2, Top - 20, $"Round {Figures.Whole(round.Number)}", "total", "middle"),
            Legend.Render(legend, 20, Top + 10, Width - 40));
    }

    // As large as the closest two seats allow, with a little air.
    private static double Radius(IReadOnlyList<(double X, double Y)> places)
    {
        var closest = double.MaxValue;
        for (var i = 0; i < places.Count; i++)
        {
            for (var j = i + 1; j < places.Count; j++)
            {
                closest = Math.Min(closest, Math.Sqrt(Math.Pow(places[i].X - places[j].X, 2) + Math.Pow(places[i].Y - places[j].Y, 2)));
            }
        }

        return Math.Min(24, closest == double.MaxValue ? 24 : 0.45 * closest);
    }
}
