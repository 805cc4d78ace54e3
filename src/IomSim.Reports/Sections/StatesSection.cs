using System.Xml.Linq;
using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Engine.Sweeps;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Sections;

/// <summary>
/// The states worth naming for an item, as <c>run</c> prints them: who objected to consensus and who asked for a
/// formal vote (run 1 and the share of runs), the states most often pivotal, and the key states' votes over the runs
/// beside the record (<see cref="KeyStates"/>, the same list the CLI uses).
/// </summary>
internal static class StatesSection
{
    private static readonly string[] s_votes = ["yes", "no", "abstain", "absent"];

    /// <summary>The paragraphs and table for <paramref name="item"/>; nothing for elections and acceptances.</summary>
    public static IEnumerable<XElement> Render(ReportInput input, EventResult item)
    {
        if (item.Kind is "election" or "acceptance" || item.Runs.IsEmpty)
        {
            yield break;
        }

        var runs = item.Runs;
        string Names(IEnumerable<string> codes) => string.Join(", ", codes.Select(input.NameOf));
        string Shares(Func<EventRun, IEnumerable<string>> who) =>
            string.Join(", ", runs.SelectMany(who).GroupBy(c => c, StringComparer.Ordinal)
                .Select(g => (Code: g.Key, Share: (double)g.Count() / runs.Length))
                .OrderByDescending(s => s.Share).ThenBy(s => s.Code, StringComparer.Ordinal)
                .Select(s => $"{input.NameOf(s.Code)} {Figures.Percent(s.Share)}"));

        yield return Html.El("h3", "Who objected, who asked for a vote, who was pivotal");
        var first = runs[0];
        var no = first.Votes.Where(v => v.Value == "no").Select(v => v.Key).ToArray();
        var abstain = first.Votes.Where(v => v.Value == "abstain").Select(v => v.Key).ToArray();
        var voted = first.Tally is not null;
        yield return Html.El(
            "ul",
            Html.Class("states"),
            Html.El("li", Html.El("strong", "Run 1: "), first.Objectors.IsEmpty ? "no objection to consensus" : $"objected to consensus: {Names(first.Objectors)}", first.RequestedVote.IsEmpty ? "." : $"; asked for a formal vote: {Names(first.RequestedVote)}."),
            no.Length == 0 ? null : Html.El("li", $"{(voted ? "Against" : "No vote held; would have voted against")} ({Figures.Whole(no.Length)}): {(no.Length <= KeyStates.ShortList ? Names(no) : "too many to list")}."),
            abstain.Length == 0 ? null : Html.El("li", $"{(voted ? "Abstained" : "No vote held; would have abstained")} ({Figures.Whole(abstain.Length)}): {(abstain.Length <= KeyStates.ShortList ? Names(abstain) : "too many to list")}."),
            Html.El("li", Html.El("strong", "Objected to consensus "), "(share of runs): ", Or(Shares(r => r.Objectors), "none in any run"), "."),
            Html.El("li", Html.El("strong", "Asked for a formal vote "), "(share of runs): ", Or(Shares(r => r.RequestedVote), "none in any run"), "."),
            item.FormalVoteShare <= 0 ? null : Html.El("li", Html.El("strong", "Pivotal "), "(share of runs; a state whose switch alone would have changed the outcome): ", Or(Pivotal(input, item), "no state in any run"), "."));

        var states = KeyStates.OverRuns(item);
        if (states.Count > 0)
        {
            yield return Html.Table(
                ["state", ">yes", ">no", ">abstain", ">absent", "on record"],
                states.Select(code => (IReadOnlyList<object?>)[
                    $"{input.NameOf(code)} ({code})",
                    .. s_votes.Select(v => (object?)Figures.Percent(item.States[code].GetValueOrDefault(v))),
                    KeyStates.RecordedVote(item, code) ?? string.Empty,
                ]),
                voted || item.FormalVoteShare > 0 ? "Key states: their votes as a share of runs" : "Key states: how they would have voted, as a share of runs (no formal vote held)");
        }
    }

    private static string Pivotal(ReportInput input, EventResult item) =>
        string.Join(", ", SweepSummary.Item(item.Id, item.Kind, item.Runs).Pivotal.Select(p => $"{input.NameOf(p.State)} {Figures.Percent(p.Share)}"));

    private static string Or(string text, string none) => text.Length == 0 ? none : text;
}
