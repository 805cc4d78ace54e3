using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine;
using IomSim.Engine.Results;
using IomSim.Engine.Sweeps;

namespace IomSim.Cli.Rendering;

/// <summary>
/// The summary after the narratives: for one run, one line per item; for several, each item's outcome shares, the
/// distribution of each tally column (mean, 5th and 95th percentiles), the states most often pivotal (whose switch alone
/// would have changed the outcome), and how often the key states voted each way.
/// </summary>
internal static class SummaryText
{
    /// <summary>Appends the summary.</summary>
    public static void Write(StringBuilder text, ScenarioReport report)
    {
        var result = report.Result;
        if (result.Runs == 1)
        {
            text.Append("\nsummary\n");
            foreach (var item in result.Events)
            {
                var run = item.Runs[0];
                var tally = run.Tally is { } t ? $" ({t.Yes}-{t.No}-{t.Abstain}, {t.Absent} absent)" : string.Empty;
                var outcome = run.Election is { } election ? ElectionText.Outcome(election) : Names.Spoken(run.Outcome);
                text.Append($"  {item.Id}: {outcome}{tally}\n");
            }

            return;
        }

        text.Append($"\nsummary over {result.Runs} runs\n");
        foreach (var item in result.Events)
        {
            Item(text, report, item);
        }
    }

    private static void Item(StringBuilder text, ScenarioReport report, EventResult item)
    {
        text.Append($"  {item.Id} ({item.Kind}, {Numbers.Date(item.Date)}): {item.Title}\n");
        var outcomes = item.Outcomes.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => $"{(item.Kind is "election" ? Names.Spoken(o.Key) : o.Key)} {Numbers.Percent(o.Value)}");
        text.Append($"    outcomes: {string.Join(", ", outcomes)}\n");
        if (item.Kind is "election")
        {
            ElectionText.Summary(text, item, "    ");
            return;
        }

        if (item.Kind is "acceptance")
        {
            return;
        }

        text.Append($"    formal vote held in {Numbers.Percent(item.FormalVoteShare)} of runs\n");
        if (item.FormalVoteShare > 0)
        {
            var tally = new TextTable("tally", ">mean", ">p05", ">p95");
            foreach (var (_, label, value) in TallyColumns.Of(item.Tally))
            {
                tally.Add(label, Numbers.Mean(value.Mean), Numbers.Count(value.P05), Numbers.Count(value.P95));
            }

            text.Append(tally.Render("    "));
            var pivotal = SweepSummary.Item(item.Id, item.Kind, item.Runs).Pivotal;
            text.Append(pivotal.Length == 0
                ? "    pivotal: no state in any run\n"
                : $"    pivotal (share of runs): {string.Join(", ", pivotal.Select(p => $"{p.State} {Numbers.Percent(p.Share)}"))}\n");
        }

        var states = KeyStates.OverRuns(item);
        if (states.Count > 0)
        {
            var table = new TextTable("state", ">yes", ">no", ">abstain", ">absent", "on record");
            foreach (var code in states)
            {
                var votes = item.States[code];
                string Share(string vote) => Numbers.Percent(votes.GetValueOrDefault(vote));
                table.Add($"{report.NameOf(code)} ({code})", Share("yes"), Share("no"), Share("abstain"), Share("absent"), KeyStates.RecordedVote(item, code) ?? string.Empty);
            }

            text.Append(table.Render("    "));
        }
    }
}
