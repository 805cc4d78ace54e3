using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A council as a hemicycle, the one picture of it in the report and the dashboard: one circle per member in rows of
/// arcs, coloured by its vote, a ring for a member that objected to consensus and a dot for one that asked for a
/// formal vote. Members are seated by vote (each vote reads as a wedge), by UN regional group or by political bloc
/// (<see cref="SeatOrder"/>); hovering a seat gives the state, its groups, its vote and what weighed most. Each seat
/// carries its state as data attributes (<c>data-state</c>, <c>data-vote</c>, <c>data-present</c>,
/// <c>data-objected</c>, <c>data-requested</c>), and the chart its own style (<see cref="HemicycleStyle"/>), so a page
/// that steps through a session only sets <c>data-step</c> on it.
/// </summary>
public static class Hemicycle
{
    /// <summary>The chart's width in SVG units.</summary>
    public const double Width = 640;

    private const double Outer = 290;
    private const double Inner = 0.38 * Outer;
    private const double CentreX = Width / 2;
    private const double CentreY = Outer + 16;

    /// <summary>The chart for <paramref name="seats"/> seated by vote, labelled <paramref name="label"/>.</summary>
    public static XElement Render(IReadOnlyList<HemicycleSeat> seats, string label) => Render(seats, label, SeatOrder.ByVote, leaning: false);

    /// <summary>
    /// The chart for <paramref name="seats"/> seated by <paramref name="order"/>, labelled <paramref name="label"/>;
    /// <paramref name="leaning"/> when no formal vote was held and each seat shows how the member would have voted.
    /// </summary>
    public static XElement Render(IReadOnlyList<HemicycleSeat> seats, string label, SeatOrder order, bool leaning)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var ordered = Seated(seats, order);
        var places = Places(ordered.Length);
        var radius = SeatRadius(ordered.Length);
        var verb = leaning ? "would vote " : string.Empty;
        var legend = Palette.Votes
            .Select(v => new LegendEntry($"{verb}{Palette.LabelOf(v)} ({Figures.Whole(seats.Count(s => s.Vote == v))})", Palette.FillOf(v), Palette.StrokeOf(v), "dot"))
            .Concat(Marks(seats.Count(s => s.Objected), seats.Count(s => s.RequestedVote)))
            .ToArray();
        LegendEntry[] steps =
        [
            new("present", Palette.Present, "none", "dot"),
            new("absent", "#FFFFFF", "#555555", "dot"),
            new("objected to consensus", Palette.Mark, "none", "dot"),
            new("asked for a vote", Palette.Mark, Palette.Mark, "pip"),
        ];
        var top = CentreY + 22;
        var orderLines = order == SeatOrder.ByVote ? [] : OrderLines(ordered, order);
        var legendTop = top + (orderLines.Count * Legend.LineHeight);
        var lines = Math.Max(Legend.Lines(legend, Width - 40), Legend.Lines(steps, Width - 40));
        var height = legendTop + (lines * Legend.LineHeight) + 8;
        var chart = Svg.Root(
            Width,
            height,
            "hemicycle",
            label,
            Svg.El("style", HemicycleStyle.Rules),
            Svg.El("g", Svg.At("class", "seats"), ordered.Select((seat, i) => Seat(seat, places[i], radius, leaning))),
            Svg.El("g", Svg.At("class", "marks"), ordered.SelectMany((seat, i) => MarksOf(seat, places[i], radius))),
            Svg.Text(CentreX, CentreY - 8, $"{Figures.Whole(seats.Count)} members", "total", "middle"),
            orderLines.Count == 0 ? null : Svg.El("g", Svg.At("class", "order"), orderLines.Select((line, i) => Svg.Text(20, top + 11 + (i * Legend.LineHeight), line))),
            Classed(Legend.Render(legend, 20, legendTop, Width - 40), "vote-legend"),
            Classed(Legend.Render(steps, 20, legendTop, Width - 40), "step-legend"));
        chart.SetAttributeValue("data-order", OrderName(order));
        chart.SetAttributeValue("data-leaning", leaning ? "true" : "false");
        return chart;
    }

    /// <summary>The name of an order in attributes and the API: <c>vote</c>, <c>region</c> or <c>bloc</c>.</summary>
    public static string OrderName(SeatOrder order) => order switch
    {
        SeatOrder.ByRegion => "region",
        SeatOrder.ByBloc => "bloc",
        _ => "vote",
    };

    /// <summary>
    /// Where <paramref name="count"/> seats go, ordered left to right by angle: rows of arcs from the inner to the
    /// outer radius, each row given seats in proportion to its length.
    /// </summary>
    public static IReadOnlyList<(double X, double Y)> Places(int count)
    {
        var (radii, perRow) = Rows(count);
        var places = new List<(double Angle, double Radius)>();
        for (var r = 0; r < radii.Length; r++)
        {
            for (var j = 0; j < perRow[r]; j++)
            {
                var angle = perRow[r] == 1 ? Math.PI / 2 : Math.PI * (1 - ((double)j / (perRow[r] - 1)));
                places.Add((angle, radii[r]));
            }
        }

        return [.. places
            .OrderByDescending(p => Math.Round(p.Angle, 9))
            .ThenBy(p => p.Radius)
            .Select(p => (CentreX + (p.Radius * Math.Cos(p.Angle)), CentreY - (p.Radius * Math.Sin(p.Angle))))];
    }

    /// <summary>Seats as large as the tightest row and the gap between rows allow, with a little air.</summary>
    public static double SeatRadius(int count)
    {
        var (radii, perRow) = Rows(count);
        if (radii.Length == 0)
        {
            return 0;
        }

        var between = radii.Length == 1 ? Outer - Inner : (Outer - Inner) / (radii.Length - 1);
        var along = radii.Select((r, i) => perRow[i] <= 1 ? double.MaxValue : Math.PI * r / (perRow[i] - 1)).Min();
        return Math.Min(24, 0.45 * Math.Min(between, along));
    }

    /// <summary>The seats in their left-to-right order under <paramref name="order"/>.</summary>
    public static HemicycleSeat[] Seated(IReadOnlyList<HemicycleSeat> seats, SeatOrder order)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var first = order == SeatOrder.ByVote
            ? seats.OrderBy(s => VoteRank(s.Vote)).ThenBy(s => SeatOrders.RankOf(SeatOrders.GroupOf(s, order), order))
            : seats.OrderBy(s => SeatOrders.RankOf(SeatOrders.GroupOf(s, order), order));
        return [.. first
            .ThenBy(s => SeatOrders.GroupOf(s, order), StringComparer.Ordinal)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal)];
    }

    /// <summary>An SVG circle for one seat at <paramref name="place"/>; the election chart draws its ballots with it too.</summary>
    internal static XElement Circle((double X, double Y) place, double radius, string fill, string stroke, params object?[] content) =>
        Svg.El("circle", Svg.At("class", "seat"), Svg.At("cx", place.X), Svg.At("cy", place.Y), Svg.At("r", radius), Svg.At("fill", fill), Svg.At("stroke", stroke), content);

    /// <summary>The centre of the hemicycle, where its total is written.</summary>
    internal static (double X, double Y) Centre => (CentreX, CentreY);

    // About four seats per row squared: 173 members sit in 7 rows; the outer rows take the rounding's leftovers.
    private static (double[] Radii, int[] PerRow) Rows(int count)
    {
        if (count <= 0)
        {
            return ([], []);
        }

        var rows = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(count / 4.0)));
        var radii = Enumerable.Range(0, rows).Select(r => rows == 1 ? Outer : Inner + ((Outer - Inner) * r / (rows - 1))).ToArray();
        var perRow = radii.Select(r => (int)Math.Floor(count * r / radii.Sum())).ToArray();
        for (var r = rows - 1; perRow.Sum() < count; r = r == 0 ? rows - 1 : r - 1)
        {
            perRow[r]++;
        }

        return (radii, perRow);
    }

    private static XElement Seat(HemicycleSeat seat, (double X, double Y) place, double radius, bool leaning) => Circle(
        place,
        radius,
        Palette.FillOf(seat.Vote),
        Palette.StrokeOf(seat.Vote),
        Svg.At("data-state", seat.Code),
        Svg.At("data-name", seat.Name),
        Svg.At("data-region", seat.Region),
        Svg.At("data-bloc", seat.Bloc),
        Svg.At("data-groups", seat.Groups),
        Svg.At("data-vote", seat.Vote),
        Svg.At("data-present", Flag(seat.Present)),
        Svg.At("data-objected", Flag(seat.Objected)),
        Svg.At("data-requested", Flag(seat.RequestedVote)),
        seat.Reason is null ? null : Svg.At("data-reason", seat.Reason),
        seat.OnRecord is null ? null : Svg.At("data-record", seat.OnRecord),
        Svg.Tip(Tip(seat, leaning)));

    private static string Tip(HemicycleSeat seat, bool leaning)
    {
        var lines = new List<string>
        {
            $"{seat.Name} ({seat.Code})",
            $"region: {(seat.Region.Length == 0 ? SeatOrders.None : seat.Region)}",
        };
        if (seat.Groups.Length > 0)
        {
            lines.Add($"groups: {seat.Groups}");
        }

        lines.Add(leaning ? $"would vote: {Palette.LabelOf(seat.Vote)} (no formal vote held)" : $"vote: {Palette.LabelOf(seat.Vote)}");
        if (seat.Objected || seat.RequestedVote)
        {
            lines.Add(string.Join("; ", new[] { seat.Objected ? "objected to consensus" : null, seat.RequestedVote ? "asked for a formal vote" : null }.OfType<string>()));
        }

        if (seat.Reason is not null)
        {
            lines.Add($"weighed most: {seat.Reason}");
        }

        if (seat.OnRecord is not null)
        {
            lines.Add($"on record: {Palette.LabelOf(seat.OnRecord)}");
        }

        return string.Join("\n", lines);
    }

    // A ring inside the seat's edge for an objector, a hollow dot at its centre for a requester: shapes in black, so
    // they read on every fill and without colour.
    private static IEnumerable<XElement> MarksOf(HemicycleSeat seat, (double X, double Y) place, double radius)
    {
        var width = Math.Max(1.5, radius / 4);
        if (seat.Objected)
        {
            yield return Mark("objected", seat.Code, place, radius - (width / 2), "none", width);
        }

        if (seat.RequestedVote)
        {
            yield return Mark("requested", seat.Code, place, Math.Max(1.5, radius * 0.36), "#FFFFFF", Math.Max(1, width / 2));
        }
    }

    private static XElement Mark(string kind, string code, (double X, double Y) place, double r, string fill, double width) => Svg.El(
        "circle",
        Svg.At("class", $"mark {kind}"),
        Svg.At("data-state", code),
        Svg.At("cx", place.X),
        Svg.At("cy", place.Y),
        Svg.At("r", r),
        Svg.At("fill", fill),
        Svg.At("stroke", Palette.Mark),
        Svg.At("stroke-width", width));

    private static IEnumerable<LegendEntry> Marks(int objected, int requested)
    {
        if (objected > 0)
        {
            yield return new LegendEntry($"objected to consensus ({Figures.Whole(objected)})", Palette.Mark, Palette.Mark, "ring");
        }

        if (requested > 0)
        {
            yield return new LegendEntry($"asked for a vote ({Figures.Whole(requested)})", Palette.Mark, Palette.Mark, "pip");
        }
    }

    // "Seated by …, left to right: African 54 · Asia-Pacific 55 · …", wrapped to the chart's width as the legend is.
    private static List<string> OrderLines(HemicycleSeat[] ordered, SeatOrder order)
    {
        var parts = ordered
            .GroupBy(s => SeatOrders.GroupOf(s, order), StringComparer.Ordinal)
            .Select(g => $"{SeatOrders.Spoken(g.Key)} {Figures.Whole(g.Count())}");
        var lines = new List<string> { $"Seated by {(order == SeatOrder.ByBloc ? "bloc" : "UN regional group")}, left to right:" };
        foreach (var part in parts)
        {
            var joined = $"{lines[^1]}{(lines[^1].EndsWith(':') ? " " : " · ")}{part}";
            if (joined.Length * 6.6 > Width - 40)
            {
                lines.Add(part);
            }
            else
            {
                lines[^1] = joined;
            }
        }

        return lines;
    }

    // The legend keeps its own class (every chart's legend is a g.legend); the wrapper says when it shows.
    internal static XElement Classed(XElement legend, string cssClass) => Svg.El("g", Svg.At("class", cssClass), legend);

    private static string Flag(bool value) => value ? "true" : "false";

    private static int VoteRank(string vote)
    {
        var rank = Palette.Votes.ToList().IndexOf(vote);
        return rank < 0 ? Palette.Votes.Count : rank;
    }
}
