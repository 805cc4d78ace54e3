using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A council as a hemicycle: one circle per member, coloured by its vote, in rows of arcs. Members are seated by vote
/// (yes on the left, then abstain, no, absent, not entitled), by regional group within a vote, then by name, so each
/// vote reads as a wedge; hovering a seat gives the state, its groups, its vote and what weighed most.
/// </summary>
public static class Hemicycle
{
    private const double Width = 640;
    private const double Outer = 290;
    private const double Inner = 0.38 * Outer;
    private const double CentreX = Width / 2;
    private const double CentreY = Outer + 16;

    /// <summary>The chart for <paramref name="seats"/>, labelled <paramref name="label"/>.</summary>
    public static XElement Render(IReadOnlyList<HemicycleSeat> seats, string label)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var ordered = seats
            .OrderBy(s => VoteRank(s.Vote))
            .ThenBy(s => s.Bloc, StringComparer.Ordinal)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToArray();
        var places = Places(ordered.Length);
        var radius = SeatRadius(ordered.Length);
        var legend = Palette.Votes
            .Select(v => new LegendEntry($"{Palette.LabelOf(v)} ({Figures.Whole(seats.Count(s => s.Vote == v))})", Palette.FillOf(v), Palette.StrokeOf(v), "dot"))
            .ToArray();
        var legendTop = CentreY + 22;
        var height = legendTop + (Legend.Lines(legend, Width - 40) * Legend.LineHeight) + 8;
        return Svg.Root(
            Width,
            height,
            "hemicycle",
            label,
            Svg.El("g", Svg.At("class", "seats"), ordered.Select((seat, i) => Seat(seat, places[i], radius))),
            Svg.Text(CentreX, CentreY - 8, $"{Figures.Whole(seats.Count)} members", "total", "middle"),
            Legend.Render(legend, 20, legendTop, Width - 40));
    }

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

    // Seats as large as the tightest row and the gap between rows allow, with a little air.
    private static double SeatRadius(int count)
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

    private static XElement Seat(HemicycleSeat seat, (double X, double Y) place, double radius)
    {
        var groups = seat.Groups.Length == 0 ? string.Empty : $"\ngroups: {seat.Groups}";
        var reason = seat.Reason is null ? string.Empty : $"\nweighed most: {seat.Reason}";
        return Svg.El(
            "circle",
            Svg.At("class", "seat"),
            Svg.At("data-vote", seat.Vote),
            Svg.At("cx", place.X),
            Svg.At("cy", place.Y),
            Svg.At("r", radius),
            Svg.At("fill", Palette.FillOf(seat.Vote)),
            Svg.At("stroke", Palette.StrokeOf(seat.Vote)),
            Svg.Tip($"{seat.Name} ({seat.Code})\nbloc: {(seat.Bloc.Length == 0 ? "none" : seat.Bloc)}{groups}\nvote: {Palette.LabelOf(seat.Vote)}{reason}"));
    }

    private static int VoteRank(string vote)
    {
        var rank = Palette.Votes.ToList().IndexOf(vote);
        return rank < 0 ? Palette.Votes.Count : rank;
    }
}
