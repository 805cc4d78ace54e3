using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// The story of each run, session by session: who objected to consensus, who asked for a vote, the tally, the outcome,
/// and how the states worth naming voted and why (with the record beside them).
/// </summary>
internal static class NarrativeText
{
    /// <summary>Runs up to this many get a narrative each; more get only the summary.</summary>
    public const int MaxRuns = 3;

    /// <summary>Appends the narrative of every run.</summary>
    public static void Write(StringBuilder text, ScenarioReport report)
    {
        var result = report.Result;
        for (var run = 0; run < result.Runs; run++)
        {
            text.Append($"\nrun {run + 1} of {result.Runs}\n");
            string? session = null;
            foreach (var item in result.Events)
            {
                if (session != $"{item.Date}{item.Session}")
                {
                    session = $"{item.Date}{item.Session}";
                    text.Append($"  {Numbers.Date(item.Date)}  {item.Session}\n");
                }

                Item(text, report, item, item.Runs[run]);
            }
        }
    }

    private static void Item(StringBuilder text, ScenarioReport report, EventResult item, EventRun run)
    {
        text.Append($"    {item.Id} ({item.Kind}): {item.Title}\n");
        const string Indent = "      ";
        foreach (var input in item.Inputs)
        {
            text.Append(Indent).Append($"input: {input}\n");
        }

        if (item.Kind is "election" && run.Election is { } election)
        {
            ElectionText.Rounds(text, election, Indent);
            text.Append(Indent).Append($"outcome: {ElectionText.Outcome(election)}\n");
            return;
        }
        else if (item.Kind is not "acceptance")
        {
            text.Append(Indent).Append(run.Objectors.IsEmpty ? "no objection to consensus\n" : $"objected to consensus: {Listed(report, run.Objectors)}\n");
            if (!run.RequestedVote.IsEmpty)
            {
                text.Append(Indent).Append($"asked for a formal vote: {Listed(report, run.RequestedVote)}\n");
            }

            if (run.Tally is { } tally)
            {
                text.Append(Indent).Append($"formal vote: {TallyColumns.Spoken(tally)}\n");
            }
        }

        text.Append(Indent).Append($"outcome: {Names.Spoken(run.Outcome)}\n");
        if (run.Votes.Count > 0)
        {
            // Without a formal vote the votes are what each member would have done: its leaning.
            var voted = run.Tally is not null;
            Voters(text, report, run, "no", voted ? "against" : "no vote held; would have voted against", Indent);
            Voters(text, report, run, "abstain", voted ? "abstained" : "no vote held; would have abstained", Indent);
            KeyStatesTable(text, report, item, run, voted ? "vote" : "leaning", Indent);
        }
    }

    private static void Voters(StringBuilder text, ScenarioReport report, EventRun run, string vote, string label, string indent)
    {
        var voters = run.Votes.Where(v => v.Value == vote).Select(v => v.Key).ToArray();
        if (voters.Length == 0)
        {
            return;
        }

        text.Append(indent).Append(voters.Length <= KeyStates.ShortList
            ? $"{label} ({voters.Length}): {Listed(report, voters)}\n"
            : $"{label}: {voters.Length} members\n");
    }

    private static void KeyStatesTable(StringBuilder text, ScenarioReport report, EventResult item, EventRun run, string voteHeader, string indent)
    {
        var states = KeyStates.InRun(item, run);
        if (states.Count == 0)
        {
            return;
        }

        var table = new TextTable("state", voteHeader, "weighed most", "on record");
        foreach (var code in states)
        {
            table.Add($"{report.NameOf(code)} ({code})", run.Votes[code], run.Reasons.GetValueOrDefault(code, string.Empty), KeyStates.RecordedVote(item, code) ?? string.Empty);
        }

        text.Append(table.Render(indent));
    }

    private static string Listed(ScenarioReport report, IEnumerable<string> codes) => string.Join(", ", codes.Select(report.NameOf));
}
