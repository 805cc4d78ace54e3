using System.Xml.Linq;
using IomSim.Engine.Elections;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// An election round by round over the runs: per round, one bar per candidate (mean votes over the runs that balloted
/// in it) and one for blank ballots, a dashed mark at two thirds of the mean votes cast, how often the round was held,
/// and what followed it in words.
/// </summary>
public static class ElectionRoundChart
{
    /// <summary>Rounds drawn at most; a deadlock's later rounds are summed up in a line.</summary>
    public const int MaxRounds = 8;

    private const double Width = 640;
    private const double Left = 150;
    private const double BarArea = 400;
    private const double BarHeight = 14;
    private const double RoundHead = 34;
    private const double RoundFoot = 22;

    /// <summary>The colour of the <paramref name="index"/>th candidate in nomination order, as in the rounds' hemicycles.</summary>
    public static string CandidateColour(int index) => Palette.CandidateAt(index);

    /// <summary>The chart of <paramref name="rounds"/> for <paramref name="candidates"/> (nomination order).</summary>
    public static XElement Render(IReadOnlyList<ElectionRoundSummary> rounds, IReadOnlyList<string> candidates, string label)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(candidates);
        var shown = rounds.Take(MaxRounds).ToArray();
        var most = shown.SelectMany(r => r.MeanVotes.Values.Append(r.MeanBlank)).DefaultIfEmpty(0).Max();
        var axis = new Axis(Axis.RoundUp(Math.Max(1, most)), Left, BarArea);
        var groups = new List<XElement>();
        var y = 8.0;
        foreach (var round in shown)
        {
            var (group, height) = Round(round, candidates, axis, y);
            groups.Add(group);
            y += height;
        }

        var more = rounds.Count > shown.Length
            ? Svg.Text(Left, y + 12, $"and {Figures.Whole(rounds.Count - shown.Length)} more rounds, in the table below", "tick")
            : null;
        y += more is null ? 0 : 20;
        var legend = candidates.Select((c, i) => new LegendEntry(c, CandidateColour(i)))
            .Append(new LegendEntry("blank ballots", Palette.Neutral))
            .Append(new LegendEntry("two thirds of the mean votes cast", "#000000", Shape: "tick"))
            .ToArray();
        return Svg.Root(
            Width,
            y + 24 + (Legend.Lines(legend, Width - 20) * Legend.LineHeight) + 24,
            "rounds",
            label,
            groups,
            more,
            axis.Horizontal(y + 4, 8, Figures.Count),
            Legend.Render(legend, 10, y + 26, Width - 20));
    }

    private static (XElement Group, double Height) Round(ElectionRoundSummary round, IReadOnlyList<string> candidates, Axis axis, double top)
    {
        var head = $"Round {Figures.Whole(round.Number)}: held in {Figures.Percent(round.HeldShare)} of runs";
        var group = Svg.El("g", Svg.At("class", "round"), Svg.At("data-round", Figures.Whole(round.Number)), Svg.Text(10, top + 14, head, "round-head"));
        var y = top + RoundHead - 12;
        if (round.BallotRuns == 0)
        {
            group.Add(Svg.Text(Left, y + 11, "no ballot in any run: elected by acclamation", "tick"));
            y += BarHeight + 4;
        }
        else
        {
            var standing = candidates.Select((c, i) => (Name: c, Colour: CandidateColour(i))).Where(c => round.MeanVotes.ContainsKey(c.Name));
            foreach (var (name, colour) in standing.Append(("blank", Palette.Neutral)))
            {
                var votes = name == "blank" ? round.MeanBlank : round.MeanVotes[name];
                group.Add(Svg.El(
                    "g",
                    Svg.At("class", "bar"),
                    Svg.At("data-candidate", name),
                    Svg.Tip($"Round {Figures.Whole(round.Number)}, {name}: {Figures.Mean(votes)} votes on average over {Figures.Whole(round.BallotRuns)} runs"),
                    Svg.Text(Left - 6, y + 11, name, "label", "end"),
                    Svg.Rect(Left, y, axis.Span(votes), BarHeight, colour),
                    Svg.Text(Left + axis.Span(votes) + 4, y + 11, Figures.Mean(votes), "value")));
                y += BarHeight + 4;
            }

            var cast = round.MeanCast;
            var twoThirds = axis.At(cast * 2 / 3);
            group.Add(Svg.El("line", Svg.At("class", "two-thirds"), Svg.At("x1", twoThirds), Svg.At("y1", top + RoundHead - 16), Svg.At("x2", twoThirds), Svg.At("y2", y), Svg.At("stroke", "#000000"), Svg.At("stroke-dasharray", "3 2"), Svg.Tip($"two thirds of {Figures.Mean(cast)} mean votes cast: {Figures.Mean(cast * 2 / 3)}")));
        }

        var then = Then(round);
        if (then.Length > 0)
        {
            group.Add(Svg.Text(Left, y + 12, then, "then"));
        }

        return (group, y - top + RoundFoot - (then.Length > 0 ? 0 : 10));
    }

    /// <summary>What followed a round over the runs, in words: <c>Ken Isaacs eliminated in 60.0% of runs</c>.</summary>
    public static string Then(ElectionRoundSummary round)
    {
        ArgumentNullException.ThrowIfNull(round);
        static IEnumerable<string> Each(IEnumerable<KeyValuePair<string, double>> shares, string what) =>
            shares.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {what} in {Figures.Percent(s.Value)} of runs");
        var parts = Each(round.Elected, round.Acclaimed > 0 && round.BallotRuns == 0 ? "elected by acclamation" : "elected")
            .Concat(Each(round.Withdrew, "withdrew"))
            .Concat(Each(round.Eliminated, "eliminated"));
        return string.Join("; ", parts);
    }
}
