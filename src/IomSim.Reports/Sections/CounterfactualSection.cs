using System.Xml.Linq;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Sections;

/// <summary>A counterfactual beside its baseline, measure by measure, with what only one of them plays named.</summary>
internal static class CounterfactualSection
{
    /// <summary>The section comparing <paramref name="counterfactual"/> with <paramref name="baseline"/>.</summary>
    public static XElement Render(ScenarioResult baseline, ScenarioResult counterfactual)
    {
        var unmatched = SideBySide.Unmatched(baseline, counterfactual);
        return Html.El(
            "section",
            new XAttribute("id", "counterfactual"),
            Html.Class("counterfactual"),
            Html.El("h2", "Beside the baseline"),
            Html.El("p", $"The counterfactual beside its baseline {baseline.Scenario} ({baseline.Title}), seed {Figures.Seed(baseline.Seed)}, {Figures.Whole(baseline.Runs)} runs each; means over runs. Both draw the same random numbers, so differences come from the scenario's changes."),
            SideBySideTable.Render(SideBySide.Of(baseline, counterfactual)),
            unmatched.IsEmpty ? null : Html.El("p", $"Not compared: {string.Join(", ", unmatched)}."));
    }
}
