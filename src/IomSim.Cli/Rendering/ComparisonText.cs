using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// <c>compare --format table</c>: per documented item, the outcome on record beside the simulated shares, every
/// documented tally (sources that disagree are each shown) beside the simulated means, the named votes state by state,
/// and the item's score: outcome match, tally error per source, share of named votes matched.
/// </summary>
internal static class ComparisonText
{
    /// <summary>The text for <paramref name="comparison"/>.</summary>
    public static string Render(ComparisonReport comparison)
    {
        var text = new StringBuilder();
        var report = comparison.Report;
        HeaderText.Write(text, report);
        foreach (var (item, compared) in comparison.Compared)
        {
            Item(text, report, item, compared);
        }

        var rest = comparison.NotCompared.Select(e => e.Id).ToArray();
        if (rest.Length > 0)
        {
            text.Append($"\nnothing on record to compare for: {string.Join(", ", rest)}\n");
        }

        FundingComparisonText.Write(text, comparison);

        return text.ToString();
    }

    private static void Item(StringBuilder text, ScenarioReport report, EventResult item, EventComparison compared)
    {
        var documented = item.Documented!;
        var sources = new Footnotes();
        text.Append($"\n{item.Id} ({item.Kind}, {Numbers.Date(item.Date)}): {item.Title}\n");
        foreach (var input in item.Inputs)
        {
            text.Append($"  input: {input}\n");
        }

        var route = documented.FormalVote
            ? documented.VoteRequestedBy is { } by ? $"by formal vote, requested by {report.NameOf(by.Value)}" : "by formal vote"
            : "without a formal vote";
        if (compared.Election is { } election)
        {
            ElectionComparisonText.Write(text, item, documented, election, sources);
            text.Append(sources.Render("  "));
            return;
        }

        text.Append($"  on record: {documented.Outcome}, {route} [{sources.Of(documented.Source)}]\n");
        var outcomes = item.Outcomes.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {Numbers.Percent(o.Value)}");
        text.Append($"  simulated: {string.Join(", ", outcomes)} (formal vote in {Numbers.Percent(item.FormalVoteShare)} of runs)\n");
        text.Append($"  outcome as on record in {Numbers.Percent(compared.OutcomeMatch)} of runs\n");

        if (!compared.Sources.IsEmpty)
        {
            var tallies = new TextTable("tally", ">yes", ">no", ">abstain", ">error", "source");
            if (compared.TallyCompared)
            {
                tallies.Add("simulated", Numbers.Mean(item.Tally.Yes.Mean), Numbers.Mean(item.Tally.No.Mean), Numbers.Mean(item.Tally.Abstain.Mean), string.Empty, "mean over the runs with a formal vote");
            }
            else
            {
                tallies.Add("simulated", "—", "—", "—", string.Empty, "no run held a formal vote");
            }

            foreach (var source in compared.Sources)
            {
                tallies.Add("documented", Numbers.Plain(source.Yes), Numbers.Plain(source.No), Numbers.Plain(source.Abstain), compared.TallyCompared ? Numbers.Mean(source.TallyError) : "—", $"[{sources.Of(source.Source)}]");
            }

            text.Append(tallies.Render("  "));
        }

        if (!compared.NamedVotes.IsEmpty)
        {
            var named = new TextTable("named vote", "on record", ">agreement", "simulated", "source");
            foreach (var vote in compared.NamedVotes)
            {
                var simulated = item.States.TryGetValue(vote.State, out var shares)
                    ? string.Join(", ", shares.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {Numbers.Percent(s.Value)}"))
                    : string.Empty;
                named.Add($"{report.NameOf(vote.State)} ({vote.State})", vote.Documented, Numbers.Percent(vote.Agreement), simulated, $"[{sources.Of(vote.Source)}]");
            }

            text.Append(named.Render("  "));
        }

        var errors = compared.Sources.Select(s => $"{Numbers.Mean(s.TallyError)} [{sources.Of(s.Source)}]");
        var tallyScore = compared.Sources.IsEmpty ? "no documented tally"
            : !compared.TallyCompared ? "tally not compared (no run held a formal vote)"
            : $"tally error {string.Join(", ", errors)} votes";
        var namedScore = compared.NamedVotes.IsEmpty ? "no named votes on record" : $"named votes matched {Numbers.Percent(compared.NamedVotesMatched)} ({compared.NamedVotes.Length} states)";
        text.Append($"  score: outcome {Numbers.Percent(compared.OutcomeMatch)}; {tallyScore}; {namedScore}\n");
        text.Append(sources.Render("  "));
    }
}
