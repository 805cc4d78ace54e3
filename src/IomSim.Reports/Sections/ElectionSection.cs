using System.Collections.Immutable;
using System.Xml.Linq;
using IomSim.Domain.Procedure;
using IomSim.Engine.Elections;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Sections;

/// <summary>
/// An election in the report: the rounds over the runs as a chart and a table, then the first run round by round with
/// a hemicycle per round, and outcomes in words ("António Vitorino elected in round 4, by two thirds").
/// </summary>
internal static class ElectionSection
{
    private static readonly string[] s_roundHead = ["round", ">held"];

    /// <summary>The election's figures and tables; nothing for other items.</summary>
    public static IEnumerable<XElement> Render(EventResult item)
    {
        if (item.Kind != "election" || item.Runs.IsEmpty || item.Runs[0].Election is not { } first)
        {
            yield break;
        }

        var candidates = ElectionRounds.Candidates(item);
        var rounds = ElectionRounds.Of(item);
        var runs = item.Runs.Length;
        yield return Html.El("h3", $"Round by round over {Figures.Whole(runs)} {(runs == 1 ? "run" : "runs")}");
        yield return ItemSection.Figure(
            ElectionRoundChart.Render(rounds, candidates, $"Mean votes per candidate in each round of {item.Id}"),
            "Each round's mean votes per candidate and blank ballots, over the runs in which the candidate stood in that round's ballot (secret ballots: the model's ballots are counted, not attributed); the dashed mark is two thirds of the mean votes cast, the line under a round what followed it.");
        yield return Html.Table(
            [.. s_roundHead, .. candidates.Select(c => ">" + c), ">blank", ">absent", "then"],
            rounds.Select(r => (IReadOnlyList<object?>)[
                Figures.Whole(r.Number),
                Figures.Percent(r.HeldShare),
                .. candidates.Select(c => (object?)(r.MeanVotes.TryGetValue(c, out var mean) ? Figures.Mean(mean) : "–")),
                r.BallotRuns == 0 ? "–" : Figures.Mean(r.MeanBlank),
                r.BallotRuns == 0 ? "–" : Figures.Mean(r.MeanAbsent),
                ElectionRoundChart.Then(r),
            ]),
            "Mean votes per round (votes, over the runs in which the candidate stood in that round's ballot); what followed, as a share of all runs");

        yield return Html.El("h3", "Run 1, round by round");
        yield return Html.El("p", Html.Class("outcome"), Html.El("strong", $"{Capital(OutcomeWords.Of(first))}."));
        yield return Html.Table(["round", "votes", ">blank", ">absent", ">two thirds", "then"], first.Rounds.Select(r => (IReadOnlyList<object?>)[
            Figures.Whole(r.Number),
            r.ByAcclamation ? "no ballot" : Votes(r),
            Figures.Whole(r.Blank),
            Figures.Whole(r.Absent),
            r.ByAcclamation ? "–" : $"{Figures.Whole(OutcomeWords.TwoThirds(r.Cast))} of {Figures.Whole(r.Cast)}",
            OutcomeWords.After(r),
        ]));
        // Council's one hemicycle component, a chart per round: a seat is a secret ballot, not a state.
        var charts = ElectionHemicycle.Rounds(first, $"Run 1 of {item.Id}");
        if (charts.Count > 0)
        {
            yield return Html.El(
                "figure",
                Html.El("div", Html.Class("rounds-grid"), charts.Take(ElectionRoundChart.MaxRounds).Select(c => Html.El("div", Html.Class("round-seats"), c))),
                Html.El("figcaption", "Run 1 round by round: one seat per member entitled to vote, coloured by its ballot's candidate (the colours of the chart above), then votes against a lone candidate, blank ballots and members without a ballot. The ballot is secret: a seat shows a ballot, not who cast it."));
        }
    }

    /// <summary>Outcome names over runs in words: <c>elected:X</c> → <c>X elected</c>.</summary>
    public static ImmutableSortedDictionary<string, double> Spoken(ImmutableSortedDictionary<string, double> outcomes) =>
        outcomes.ToImmutableSortedDictionary(o => OutcomeWords.Of(o.Key), o => o.Value, StringComparer.Ordinal);

    /// <summary>The caption under the share of runs per outcome: for an election the rounds it took, never a formal vote's share.</summary>
    public static string OutcomeCaption(EventResult item)
    {
        var elections = item.Runs.Select(r => r.Election).OfType<ElectionResult>().ToArray();
        if (elections.Length == 0)
        {
            return "Share of runs per outcome.";
        }

        var rounds = elections.Select(e => e.Rounds.Length).ToArray();
        var acclaimed = (double)elections.Count(e => e.ByAcclamation) / elections.Length;
        return $"Share of runs per outcome; the election took {Figures.Mean(rounds.Average())} rounds on average (from {Figures.Whole(rounds.Min())} to {Figures.Whole(rounds.Max())}), ended by acclamation in {Figures.Percent(acclaimed)} of runs.";
    }

    private static string Votes(ElectionRound round)
    {
        var votes = string.Join(", ", round.Votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {Figures.Whole(v.Value)}"));
        return round.Candidates.Length == 1 ? $"{votes}, {Figures.Whole(round.Against)} against" : votes;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
