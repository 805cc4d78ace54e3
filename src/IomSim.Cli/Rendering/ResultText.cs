using System.Text;

namespace IomSim.Cli.Rendering;

/// <summary><c>run --format table</c>: the header, a narrative per run when there are few, and the summary.</summary>
internal static class ResultText
{
    /// <summary>The text for <paramref name="report"/>.</summary>
    public static string Render(ScenarioReport report)
    {
        var text = new StringBuilder();
        HeaderText.Write(text, report);
        if (report.Result.Runs <= NarrativeText.MaxRuns)
        {
            NarrativeText.Write(text, report);
        }

        SummaryText.Write(text, report);
        FundingText.Write(text, report);
        return text.ToString();
    }
}
