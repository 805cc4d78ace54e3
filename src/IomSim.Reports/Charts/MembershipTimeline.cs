using System.Xml.Linq;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>A body's membership over time as a step line, with the scenario's events marked as numbered vertical lines.</summary>
public static class MembershipTimeline
{
    private const double Width = 640;
    private const double Left = 50;
    private const double Right = 20;
    private const double Top = 10;
    private const double Height = 220;

    /// <summary>
    /// The number over a mark: marks closer than a label's width share one number line ("1–3" over the first, nothing
    /// over the rest), so sessions days apart do not print over each other.
    /// </summary>
    private static XElement? Numbers(IReadOnlyList<TimelineMark> marks, int i, Func<DateOnly, double> x)
    {
        const double Apart = 18;
        if (i > 0 && x(marks[i].Date) - x(marks[i - 1].Date) < Apart)
        {
            return null;
        }

        var last = i;
        while (last + 1 < marks.Count && x(marks[last + 1].Date) - x(marks[last].Date) < Apart)
        {
            last++;
        }

        var text = last == i ? Figures.Whole(i + 1) : last == i + 1 ? $"{Figures.Whole(i + 1)}, {Figures.Whole(last + 1)}" : $"{Figures.Whole(i + 1)}–{Figures.Whole(last + 1)}";
        return Svg.Text(x(marks[i].Date) + 3, Top + 10, text, "event-number");
    }

    /// <summary>The chart of <paramref name="steps"/> (in date order) with <paramref name="marks"/>, up to <paramref name="until"/>.</summary>
    public static XElement Render(IReadOnlyList<MembershipPoint> steps, IReadOnlyList<TimelineMark> marks, DateOnly until, string label)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(marks);
        if (steps.Count == 0)
        {
            return Svg.Root(Width, 40, "timeline", label, Svg.Text(Left, 24, "no membership on record"));
        }

        var first = new DateOnly(steps[0].Date.Year, 1, 1);
        var last = new DateOnly(Math.Max(until.Year, steps[^1].Date.Year) + 1, 1, 1);
        var span = last.DayNumber - first.DayNumber;
        double X(DateOnly d) => Left + ((Width - Left - Right) * (d.DayNumber - first.DayNumber) / span);
        var counts = new Axis(Axis.RoundUp(steps.Max(s => s.Members)), 0, Height - Top);
        double Y(double members) => Top + Height - Top - counts.At(members);

        var path = new System.Text.StringBuilder($"M{Figures.Coordinate(X(steps[0].Date))},{Figures.Coordinate(Y(0))}");
        foreach (var step in steps)
        {
            path.Append($" H{Figures.Coordinate(X(step.Date))} V{Figures.Coordinate(Y(step.Members))}");
        }

        path.Append($" H{Figures.Coordinate(X(last))}");
        var years = Enumerable.Range(0, 20).Select(i => first.Year + (i * Math.Max(1, (int)Axis.RoundUp((last.Year - first.Year) / 8.0))))
            .Where(y => y <= last.Year).Select(y => new DateOnly(y, 1, 1));
        LegendEntry[] legend = [new("members", Palette.Simulated, Shape: "line"), new("the scenario's sessions (numbered)", "#D55E00", Shape: "line")];
        return Svg.Root(
            Width,
            Height + 58 + (Legend.Lines(legend, Width - 20) * Legend.LineHeight),
            "timeline",
            label,
            Svg.El(
                "g",
                Svg.At("class", "axis"),
                counts.Ticks().Select(t => Svg.El("g", Svg.Line(Left, Y(t), Width - Right, Y(t), "grid"), Svg.Text(Left - 6, Y(t) + 4, Figures.Count(t), "tick", "end"))),
                years.Select(d => Svg.Text(X(d), Height + 16, Figures.Whole(d.Year), "tick", "middle")),
                Svg.Line(Left, Height, Width - Right, Height, "baseline")),
            Svg.El("path", Svg.At("class", "members"), Svg.At("d", path.ToString()), Svg.At("fill", "none"), Svg.At("stroke", Palette.Simulated), Svg.At("stroke-width", 2)),
            steps.Select(s => Svg.El("circle", Svg.At("class", "step"), Svg.At("cx", X(s.Date)), Svg.At("cy", Y(s.Members)), Svg.At("r", 5), Svg.At("fill", "transparent"), Svg.Tip($"{Figures.Date(s.Date)}: {Figures.Whole(s.Members)} members"))),
            marks.Select((m, i) => Svg.El(
                "g",
                Svg.At("class", "mark"),
                Svg.Tip($"{Figures.Date(m.Date)}: {m.Label}"),
                Svg.Line(X(m.Date), Top, X(m.Date), Height, "event"),
                Numbers(marks, i, X))),
            Legend.Render(legend, 10, Height + 30, Width - 20));
    }
}
