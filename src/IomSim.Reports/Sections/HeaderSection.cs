using System.Xml.Linq;
using IomSim.Reports.Markup;
using IomSim.Scenarios;

namespace IomSim.Reports.Sections;

/// <summary>The report's head: title, description, and what was run (scenario, body, seed, runs, version, parameters).</summary>
internal static class HeaderSection
{
    /// <summary>The header for <paramref name="input"/>.</summary>
    public static XElement Render(ReportInput input)
    {
        var result = input.Result;
        var parameters = result.ParametersText;
        (string Term, string Value)[] facts =
        [
            ("scenario", result.Scenario),
            ("body", ScenarioFormat.BodyName(input.Scenario.Body)),
            ("seed", Figures.Seed(result.Seed)),
            ("runs", Figures.Whole(result.Runs)),
            ("iomsim", result.Version),
            ("parameters", parameters),
            ("scenario file SHA-256", result.ContentHash),
        ];
        return Html.El(
            "header",
            Html.El("p", Html.Class("kicker"), "IomSim scenario report"),
            Html.El("h1", result.Title),
            Html.El("p", Html.Class(result.Calibrated ? "label calibrated" : "label uncalibrated"), $"Parameters: {parameters}"),
            input.Scenario.Description.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => Html.El("p", Html.Class("description"), Sources.SourceText.Clean(p))),
            Html.El("dl", Html.Class("facts"), facts.Select(f => Html.El("div", Html.El("dt", f.Term), Html.El("dd", f.Value)))));
    }
}
