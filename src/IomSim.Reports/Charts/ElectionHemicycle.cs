using System.Xml.Linq;
using IomSim.Domain.Procedure;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// One round of an election as a hemicycle: ballots are secret, so a seat is a ballot, not a state — one per member
/// entitled to vote, grouped as wedges by candidate (in nomination order, each in its own colour), then votes against
/// a lone candidate, blank ballots and members without a ballot. The round's outcome (elected, withdrawn, eliminated,
/// or a lone candidate acclaimed without a ballot) is written under the seats. Same layout and step rules as
/// <see cref="Hemicycle"/>: at <c>data-step=present</c> the ballots are grey and the outcome hidden.
/// </summary>
public static class ElectionHemicycle
{
    /// <summary>One chart per round of <paramref name="election"/>, labelled "<paramref name="label"/>, round N".</summary>
    public static IReadOnlyList<XElement> Rounds(ElectionResult election, string label)
    {
        ArgumentNullException.ThrowIfNull(election);
        var candidates = Nominated(election);
        return [.. election.Rounds.Select(r => Render(r, candidates, $"{label}, round {Figures.Whole(r.Number)}"))];
    }

    /// <summary>The candidates of <paramref name="election"/> in nomination order: each keeps its colour in every round.</summary>
    public static IReadOnlyList<string> Nominated(ElectionResult election)
    {
        ArgumentNullException.ThrowIfNull(election);
        return election.Rounds.IsEmpty ? [] : [.. election.Rounds[0].Candidates];
    }

    /// <summary>The chart of <paramref name="round"/>; <paramref name="candidates"/> in nomination order fix the colours.</summary>
    public static XElement Render(ElectionRound round, IReadOnlyList<string> candidates, string label)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(candidates);
        var ballots = Ballots(round, candidates);
        var places = Hemicycle.Places(ballots.Count);
        var radius = Hemicycle.SeatRadius(ballots.Count);
        var legend = round.Candidates
            .Select(c => new LegendEntry($"{c} ({Figures.Whole(round.Votes.GetValueOrDefault(c))}{Fate(round, c)})", Palette.CandidateAt(Colour(candidates, c)), "none", "dot"))
            .Concat(Others(round))
            .ToArray();
        var (cx, cy) = Hemicycle.Centre;
        var top = cy + 22;
        var legendTop = top + Legend.LineHeight;
        var height = legendTop + (Legend.Lines(legend, Hemicycle.Width - 40) * Legend.LineHeight) + 8;
        var chart = Svg.Root(
            Hemicycle.Width,
            height,
            "hemicycle election",
            label,
            Svg.El("style", HemicycleStyle.Rules),
            Svg.El("g", Svg.At("class", "seats"), ballots.Select((b, i) => Hemicycle.Circle(
                places[i],
                radius,
                b.Fill,
                b.Fill == "#FFFFFF" ? "#555555" : "none",
                Svg.At("data-ballot", b.Kind),
                b.Candidate is null ? null : Svg.At("data-candidate", b.Candidate),
                Svg.Tip(b.Tip)))),
            Svg.Text(cx, cy - 8, ballots.Count == 0 ? "no ballot" : $"{Figures.Whole(round.Voters)} members", "total", "middle"),
            Svg.Text(20, top + 11, Outcome(round), "outcome"),
            Hemicycle.Classed(Legend.Render(legend, 20, legendTop, Hemicycle.Width - 40), "vote-legend"));
        chart.SetAttributeValue("data-round", Figures.Whole(round.Number));
        chart.SetAttributeValue("data-acclamation", round.ByAcclamation ? "true" : "false");
        return chart;
    }

    /// <summary>What the round ended in, in words: who was elected and by what, who withdrew, who was eliminated.</summary>
    public static string Outcome(ElectionRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.ByAcclamation)
        {
            return $"Round {Figures.Whole(round.Number)}: {round.Elected}, the only candidate left, elected by acclamation, without a ballot.";
        }

        var needed = (int)Math.Ceiling(2.0 * round.Cast / 3);
        var parts = new List<string>
        {
            round.Elected is { } elected
                ? $"{elected} elected with {Figures.Whole(round.Votes.GetValueOrDefault(elected))} of {Figures.Whole(round.Cast)} votes cast (two thirds: {Figures.Whole(needed)})"
                : $"nobody reached two thirds of {Figures.Whole(round.Cast)} votes cast ({Figures.Whole(needed)})",
        };
        parts.AddRange(round.Withdrawn.Select(w => $"{w} withdrew"));
        if (round.Eliminated is { } eliminated)
        {
            parts.Add($"{eliminated} eliminated");
        }

        return $"Round {Figures.Whole(round.Number)}: {string.Join("; ", parts)}.";
    }

    private static string Fate(ElectionRound round, string candidate) =>
        candidate == round.Elected ? ", elected"
        : round.Withdrawn.Contains(candidate) ? ", withdrew"
        : candidate == round.Eliminated ? ", eliminated"
        : string.Empty;

    private static IEnumerable<LegendEntry> Others(ElectionRound round)
    {
        if (round.Against > 0)
        {
            yield return new LegendEntry($"against ({Figures.Whole(round.Against)})", Palette.BallotFill("against"), "none", "dot");
        }

        if (!round.ByAcclamation)
        {
            yield return new LegendEntry($"blank ({Figures.Whole(round.Blank)})", Palette.BallotFill("blank"), "#555555", "dot");
            yield return new LegendEntry($"no ballot ({Figures.Whole(round.Absent)})", Palette.BallotFill("absent"), "none", "dot");
        }
    }

    private static List<(string Kind, string? Candidate, string Fill, string Tip)> Ballots(ElectionRound round, IReadOnlyList<string> candidates)
    {
        var ballots = new List<(string, string?, string, string)>();
        foreach (var candidate in round.Candidates.OrderBy(c => Colour(candidates, c)))
        {
            var fill = Palette.CandidateAt(Colour(candidates, candidate));
            ballots.AddRange(Enumerable.Repeat<(string, string?, string, string)>(("for", candidate, fill, $"a ballot for {candidate} (secret: the seat is a ballot, not a state)"), round.Votes.GetValueOrDefault(candidate)));
        }

        ballots.AddRange(Enumerable.Repeat<(string, string?, string, string)>(("against", null, Palette.BallotFill("against"), "a ballot against the lone candidate"), round.Against));
        ballots.AddRange(Enumerable.Repeat<(string, string?, string, string)>(("blank", null, Palette.BallotFill("blank"), "a blank ballot (not a vote cast)"), round.Blank));
        ballots.AddRange(Enumerable.Repeat<(string, string?, string, string)>(("absent", null, Palette.BallotFill("absent"), "a member entitled to vote who cast no ballot"), round.Absent));
        return ballots;
    }

    // A candidate's colour index: its place in the nomination order, or after them if it was not in the first round.
    private static int Colour(IReadOnlyList<string> candidates, string candidate)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] == candidate)
            {
                return i;
            }
        }

        return candidates.Count;
    }
}
