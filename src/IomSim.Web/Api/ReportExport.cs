using System.Text;
using IomSim.Domain.World;
using IomSim.Engine.Comparison;
using IomSim.Reports;

namespace IomSim.Web.Api;

/// <summary>
/// <c>POST /api/report</c>: the run a request describes (the same body as <c>POST /api/runs</c>; the same scenario, seed
/// and changes give the same runs) as the HTML report <c>iomsim report</c> writes, rendered by the same
/// <see cref="HtmlReport"/>. A counterfactual's baseline is not run here: the report then has no side-by-side section.
/// </summary>
internal static class ReportExport
{
    /// <summary>The report's file name for the run.</summary>
    public static string FileName(PlayedRun played) =>
        $"{played.Result.Scenario}-seed{played.Result.Seed}-{played.Result.Runs}runs{(played.Applied.IsEmpty ? string.Empty : "-changed")}.html";

    /// <summary>The report, as UTF-8 bytes.</summary>
    public static byte[] Render(PlayedRun played, World world)
    {
        var comparison = ScenarioComparison.Of(played.Result);

        // A changed run says so where the reader looks first: the title carries the changes, in the words the API gives.
        var result = played.Applied.IsEmpty
            ? played.Result
            : played.Result with { Title = $"{played.Result.Title} (changed in the dashboard: {string.Join("; ", played.Applied)})" };
        var html = HtmlReport.Render(new ReportInput(played.Scenario, result, world, comparison.Comparisons));
        return Encoding.UTF8.GetBytes(html);
    }
}
