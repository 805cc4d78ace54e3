using IomSim.Cli.Output;

namespace IomSim.Cli.Rendering;

/// <summary><c>compare --format csv</c>: the columns of <c>run</c>'s CSV, one comparison measure per row.</summary>
internal static class ComparisonCsv
{
    /// <summary>The rows for <paramref name="comparison"/>.</summary>
    public static string Render(ComparisonReport comparison)
    {
        var csv = new CsvText(ResultCsv.Header);
        var leading = ResultCsv.Leading(comparison.Report);
        foreach (var (item, compared) in comparison.Compared)
        {
            void Row(string measure, string subject, string statistic, string value) =>
                csv.Row([.. leading, item.Id, item.Kind, measure, subject, statistic, value]);

            foreach (var input in item.Inputs)
            {
                Row("input", string.Empty, "text", input);
            }

            Row("outcome-match", compared.DocumentedOutcome, "share", Numbers.Plain(compared.OutcomeMatch));
            Row("simulated-tally", string.Empty, "yes", Numbers.Plain(item.Tally.Yes.Mean));
            Row("simulated-tally", string.Empty, "no", Numbers.Plain(item.Tally.No.Mean));
            Row("simulated-tally", string.Empty, "abstain", Numbers.Plain(item.Tally.Abstain.Mean));
            foreach (var source in compared.Sources)
            {
                Row("documented-tally", source.Source, "yes", Numbers.Plain(source.Yes));
                Row("documented-tally", source.Source, "no", Numbers.Plain(source.No));
                Row("documented-tally", source.Source, "abstain", Numbers.Plain(source.Abstain));
                // No run held a vote: no simulated tally, so no error (an empty value, not one against zeros).
                Row("tally-error", source.Source, "mean-absolute-error", compared.TallyCompared ? Numbers.Plain(source.TallyError) : string.Empty);
            }

            foreach (var vote in compared.NamedVotes)
            {
                Row("named-vote", vote.State, vote.Documented, Numbers.Plain(vote.Agreement));
            }

            Row("named-votes-matched", string.Empty, "share", Numbers.Plain(compared.NamedVotesMatched));
        }

        return csv.ToString();
    }
}
