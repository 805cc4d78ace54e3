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
            Html.El("h3", "Signal or noise: the change run by run"),
            Html.El("p", "Run i of the counterfactual and run i of the baseline use the same seed and run index (common random numbers), so each run's difference is the change's own. For each measure: the mean of the per-run differences with its paired 95% interval (Student's t), the runs in which it went up and down, and the exact two-sided sign test. Signal: the interval leaves out zero; noise: it holds zero."),
            baseline.Seed == counterfactual.Seed
                ? PairedChangeTable.Render(PairedComparison.Of(baseline, counterfactual))
                : Html.El("p", $"Not paired: the baseline was played with seed {Figures.Seed(baseline.Seed)}, the counterfactual with {Figures.Seed(counterfactual.Seed)}."),
            unmatched.IsEmpty ? null : Html.El("p", $"Not compared: {string.Join(", ", unmatched)}."));
    }
}
