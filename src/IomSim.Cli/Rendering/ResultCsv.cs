using IomSim.Cli.Output;

namespace IomSim.Cli.Rendering;

/// <summary>
/// <c>run --format csv</c>: one measure per row, so any spreadsheet or data-frame can pivot it. Columns:
/// <c>scenario,seed,runs,version,parameters,event,kind,measure,subject,statistic,value</c>.
/// </summary>
internal static class ResultCsv
{
    /// <summary>The header, shared with <c>compare --format csv</c>.</summary>
    public static readonly string[] Header = ["scenario", "seed", "runs", "version", "parameters", "event", "kind", "measure", "subject", "statistic", "value"];

    /// <summary>The rows for <paramref name="report"/>.</summary>
    public static string Render(ScenarioReport report)
    {
        var csv = new CsvText(Header);
        foreach (var item in report.Result.Events)
        {
            void Row(string measure, string subject, string statistic, string value) =>
                csv.Row([.. Leading(report), item.Id, item.Kind, measure, subject, statistic, value]);

            foreach (var input in item.Inputs)
            {
                Row("input", string.Empty, "text", input);
            }

            foreach (var (outcome, share) in item.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                Row("outcome", outcome, "share", Numbers.Plain(share));
            }

            Row("formal-vote", string.Empty, "share", Numbers.Plain(item.FormalVoteShare));
            foreach (var (key, _, value) in TallyColumns.Of(item.Tally))
            {
                Row("tally", key, "mean", Numbers.Plain(value.Mean));
                Row("tally", key, "p05", Numbers.Plain(value.P05));
                Row("tally", key, "p95", Numbers.Plain(value.P95));
            }

            foreach (var tally in item.Documented?.Tallies ?? [])
            {
                Row("documented-tally", tally.Source, "yes", Numbers.Plain(tally.Yes));
                Row("documented-tally", tally.Source, "no", Numbers.Plain(tally.No));
                Row("documented-tally", tally.Source, "abstain", Numbers.Plain(tally.Abstain));
            }

            foreach (var (state, votes) in item.States.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                foreach (var (vote, share) in votes.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    Row("vote", state, vote, Numbers.Plain(share));
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>The columns every row starts with.</summary>
    public static string[] Leading(ScenarioReport report) =>
    [
        report.Result.Scenario,
        report.Result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Numbers.Plain(report.Result.Runs),
        report.Result.Version,
        report.Parameters,
    ];
}
