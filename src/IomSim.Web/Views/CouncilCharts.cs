using System.Collections.Immutable;
using System.Xml.Linq;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Web.Views;

/// <summary>
/// The dashboard's council pictures, drawn by the report's hemicycle from the same seats (<see cref="CouncilSeats"/>):
/// the SVG travels in the JSON without its inline style, which the page's content security policy would refuse; the
/// page loads the same rules from <c>/hemicycle.css</c> (<see cref="HemicycleStyle.Rules"/>).
/// </summary>
internal static class CouncilCharts
{
    /// <summary>The council's hemicycles for <paramref name="run"/> of <paramref name="item"/>, or null when no member has a say (an election, an acceptance).</summary>
    public static CouncilChartView? Of(EventResult item, EventRun run, World world)
    {
        var seats = CouncilSeats.Of(item, run, world);
        if (seats.Count == 0)
        {
            return null;
        }

        var leaning = CouncilSeats.Leaning(run);
        var label = $"The {seats.Count} members on {item.Id} in run {run.Run + 1}";
        return new CouncilChartView(
            Markup(Hemicycle.Render(seats, label, SeatOrder.ByRegion, leaning)),
            Markup(Hemicycle.Render(seats, label, SeatOrder.ByBloc, leaning)),
            leaning,
            seats.Count(s => s.Objected),
            seats.Count(s => s.RequestedVote));
    }

    /// <summary>Each round of the election in <paramref name="run"/>, with its hemicycle; none for other items.</summary>
    public static ImmutableArray<BallotRoundView> Rounds(EventResult item, EventRun run)
    {
        if (run.Election is not { } election)
        {
            return [];
        }

        var candidates = ElectionHemicycle.Nominated(election);
        return [.. election.Rounds.Select(r => new BallotRoundView(
            r.Number,
            r.Votes,
            r.Against,
            r.Blank,
            r.Absent,
            r.Elected,
            r.Withdrawn,
            r.Eliminated,
            r.ByAcclamation,
            ElectionHemicycle.Outcome(r),
            Markup(ElectionHemicycle.Render(r, candidates, $"{item.Title}, run {run.Run + 1}, round {r.Number}"))))];
    }

    private static string Markup(XElement chart)
    {
        chart.Elements(Svg.Ns + "style").Remove();
        return chart.ToString(SaveOptions.DisableFormatting);
    }
}
