using System.Xml.Linq;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;
using IomSim.Scenarios.Model;

namespace IomSim.Reports.Sections;

/// <summary>
/// One agenda item: the council's votes in the first run as a hemicycle, the share of runs per outcome, each tally
/// column's distribution over runs, and, when the record has it, the simulated tally beside every documented one and
/// the named votes beside the runs.
/// </summary>
internal static class ItemSection
{
    /// <summary>The section for <paramref name="item"/>, the <paramref name="index"/>th of the report.</summary>
    public static XElement Render(ReportInput input, EventResult item, int index, SourceNotes notes)
    {
        var compared = input.Comparisons.FirstOrDefault(c => c.Id == item.Id);
        return Html.El(
            "section",
            new XAttribute("id", $"item-{Figures.Whole(index + 1)}"),
            Html.Class("item"),
            Html.El("h2", item.Title),
            Html.El("p", Html.Class("meta"), $"{item.Id} · {item.Kind} · {Figures.Date(item.Date)} · {item.Session}"),
            item.Inputs.Select(input => Html.El("p", Html.Class("meta"), $"input: {Sources.SourceText.Clean(input)}")),
            Votes(input, item),
            ElectionSection.Render(item),
            Outcomes(item),
            StatesSection.Render(input, item),
            compared is null ? null : Record(input, item, compared, notes));
    }

    private static IEnumerable<XElement> Votes(ReportInput input, EventResult item)
    {
        if (item.Runs.IsEmpty || item.Runs[0].Votes.IsEmpty)
        {
            yield break;
        }

        var run = item.Runs[0];
        var seats = CouncilSeats.Of(item, run, input.World);
        var how = run.Tally is { } tally
            ? $"formal vote in run 1: {Figures.Whole(tally.Yes)} yes, {Figures.Whole(tally.No)} no, {Figures.Whole(tally.Abstain)} abstain, {Figures.Whole(tally.Absent)} absent, {Figures.Whole(tally.NotEntitled)} not entitled; outcome {run.Outcome}"
            : $"no formal vote in run 1 (outcome {run.Outcome}): each seat shows the vote the member would have cast";
        yield return Html.El("h3", input.Scenario.Body == VotingBody.UnGeneralAssembly ? "The General Assembly in run 1" : "The Council in run 1");
        yield return Figure(
            Hemicycle.Render(seats, $"Votes of the {Figures.Whole(seats.Count)} members on {item.Id} in run 1", SeatOrder.ByVote, CouncilSeats.Leaning(run)),
            $"One seat per member, by vote and then by regional group; a ring marks a member that objected to consensus, a dot one that asked for a formal vote; hover a seat for the state, its groups, its vote and what weighed most. {Capital(how)}.");
    }

    private static IEnumerable<XElement> Outcomes(EventResult item)
    {
        var runs = item.Runs.Length;
        yield return Html.El("h3", $"Over {Figures.Whole(runs)} {(runs == 1 ? "run" : "runs")}");
        yield return Figure(
            OutcomeChart.Render(item.Kind == "election" ? ElectionSection.Spoken(item.Outcomes) : item.Outcomes, $"Share of runs per outcome for {item.Id}"),
            item.Kind == "election" ? ElectionSection.OutcomeCaption(item) : $"Share of runs per outcome; a formal vote was held in {Figures.Percent(item.FormalVoteShare)} of runs.");
        if (item.FormalVoteShare <= 0)
        {
            yield break;
        }

        var t = item.Tally;
        DistributionRow[] rows = [new("yes", t.Yes), new("no", t.No), new("abstain", t.Abstain), new("absent", t.Absent), new("not entitled", t.NotEntitled)];
        var members = item.Runs.Select(r => r.Tally?.Members ?? 0).DefaultIfEmpty(0).Max();
        yield return Figure(
            DistributionChart.Render(rows, members, $"Each tally column over the runs with a formal vote, {item.Id}"),
            "Each tally column over the runs with a formal vote: the band spans the 5th to the 95th percentile, the mark is the mean; the numbers are mean (5th–95th).");
    }

    private static IEnumerable<XElement> Record(ReportInput input, EventResult item, EventComparison compared, SourceNotes notes)
    {
        var documented = item.Documented!;
        var route = documented.FormalVote
            ? documented.VoteRequestedBy is { } by ? $"by formal vote, requested by {input.NameOf(by.Value)}" : "by formal vote"
            : "without a formal vote";
        yield return Html.El("h3", "Beside the record");
        if (compared.Election is { } election)
        {
            var winners = election.Winners.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
                .Select(w => w.Key == ElectionComparer.NoWinner ? $"no winner in {Figures.Percent(w.Value)}" : $"{w.Key} in {Figures.Percent(w.Value)}");
            yield return Html.El("p", Html.El("strong", "On record: "), $"{election.DocumentedWinner} elected ", notes.Cite(documented.Source), $". Simulated: elected {string.Join(", ", winners)} of runs, after {Figures.Mean(election.MeanRounds)} rounds on average.");
            var rounds = election.Rounds.IsEmpty ? "no round tallies on record" : $"{Figures.Whole(election.Rounds.Length)} documented rounds compared";
            yield return Html.El("p", Html.Class("score"), Html.El("strong", "Score: "), $"the winner on record elected in {Figures.Percent(election.WinnerShare)} of runs; {rounds}.");
            yield break;
        }

        yield return Html.El(
            "p",
            Html.El("strong", "On record: "),
            $"{documented.Outcome}, {route} ",
            notes.Cite(documented.Source),
            $". Simulated: the outcome is as on record in {Figures.Percent(compared.OutcomeMatch)} of runs.");

        if (!compared.Sources.IsEmpty)
        {
            // With no run holding a vote there is no simulated tally: only the documented ones are drawn.
            var series = compared.TallyCompared
                ? new List<TallySeries> { new("simulated (mean)", item.Tally.Yes.Mean, item.Tally.No.Mean, item.Tally.Abstain.Mean) }
                : [];
            series.AddRange(compared.Sources.Select(s => new TallySeries($"documented [{Figures.Whole(notes.Of(s.Source))}]", s.Yes, s.No, s.Abstain)));
            yield return Figure(
                TallyChart.Render(series, $"Simulated tally beside the documented ones, {item.Id}"),
                "The simulated mean over the runs with a formal vote beside each documented tally; where sources disagree, each is shown.");
            var rows = new List<IReadOnlyList<object?>>
            {
                compared.TallyCompared
                    ? new object?[] { "simulated", Figures.Mean(item.Tally.Yes.Mean), Figures.Mean(item.Tally.No.Mean), Figures.Mean(item.Tally.Abstain.Mean), string.Empty, "mean over the runs with a formal vote" }
                    : new object?[] { "simulated", "—", "—", "—", string.Empty, "no run held a formal vote" },
            };
            rows.AddRange(compared.Sources.Select(s => (IReadOnlyList<object?>)[
                "documented", Figures.Whole(s.Yes), Figures.Whole(s.No), Figures.Whole(s.Abstain), compared.TallyCompared ? Figures.Mean(s.TallyError) : "—", notes.Cite(s.Source)]));
            yield return Html.Table(["tally", ">yes", ">no", ">abstain", ">error (votes)", "source"], rows);
        }

        if (!compared.NamedVotes.IsEmpty)
        {
            var rows = compared.NamedVotes.Select(v => (IReadOnlyList<object?>)[
                $"{input.NameOf(v.State)} ({v.State})",
                v.Documented,
                Figures.Percent(v.Agreement),
                Simulated(item, v.State),
                notes.Cite(v.Source)]);
            yield return Html.Table(["named vote", "on record", ">agreement", "simulated (share of runs)", "source"], rows, "Named votes on record beside the runs");
        }

        var errors = compared.Sources.Select(s => $"{Figures.Mean(s.TallyError)} [{Figures.Whole(notes.Of(s.Source))}]");
        var tallyScore = compared.Sources.IsEmpty ? "no documented tally"
            : !compared.TallyCompared ? "tally not compared (no run held a formal vote)"
            : $"tally error {string.Join(", ", errors)} votes";
        var namedScore = compared.NamedVotes.IsEmpty ? "no named votes on record" : $"named votes matched {Figures.Percent(compared.NamedVotesMatched)} ({Figures.Whole(compared.NamedVotes.Length)} states)";
        yield return Html.El("p", Html.Class("score"), Html.El("strong", "Score: "), $"outcome {Figures.Percent(compared.OutcomeMatch)}; {tallyScore}; {namedScore}.");
    }

    private static string Simulated(EventResult item, string state) =>
        item.States.TryGetValue(state, out var shares)
            ? string.Join(", ", shares.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {Figures.Percent(s.Value)}"))
            : string.Empty;

    /// <summary>A chart with its caption.</summary>
    internal static XElement Figure(XElement chart, string caption) => Html.El("figure", chart, Html.El("figcaption", caption));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
