using System.Xml.Linq;
using IomSim.Engine.Results;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Sections;

/// <summary>
/// One budget year: where the money went, the flows from contributors to themes and to regions, the coverage of the
/// appeal, and concentration beside the documented funding figures.
/// </summary>
internal static class FundingSection
{
    /// <summary>The section for <paramref name="year"/> over <paramref name="runs"/> runs.</summary>
    public static XElement Render(FundingYearSummary year, int runs, SourceNotes notes)
    {
        var f = year.Flow;
        (string What, double Usd, string Meaning)[] money =
        [
            ("assessed due", f.AssessedDueUsd, "Administrative Part, set in Swiss francs, at the year's rate"),
            ("assessed paid", f.AssessedPaidUsd, "what members paid of it"),
            ("voluntary, new", f.NewVoluntaryUsd, "contributed this year (recorded refunds set aside)"),
            ("brought forward", f.BroughtForwardUsd, "carried over from the year before"),
            ("to projects", f.ToProjectsUsd, "spent on projects that ran"),
            ("to the core", f.ToCoreUsd, "unearmarked"),
            ("returned", f.ReturnedUsd, "pledged to projects that never started"),
            ("carried over", f.CarriedOverUsd, "beyond projects' needs, or matching none"),
            ("overhead income", f.OverheadIncomeUsd, "share of projects that ran, funding the core"),
            ("appeal", f.AppealUsd, "cost of the year's projects"),
        ];
        var c = year.Concentration;
        return Html.El(
            "section",
            new XAttribute("id", $"funding-{Figures.Whole(year.Year)}"),
            Html.Class("funding"),
            Html.El("h2", $"Budget year {Figures.Whole(year.Year)}"),
            Html.El("p", Html.Class("meta"), $"Means over {Figures.Whole(runs)} {(runs == 1 ? "run" : "runs")}; each table and chart names its unit."),
            Html.Table(["money", ">US$ M", "what it is"], money.Select(m => (IReadOnlyList<object?>)[m.What, Figures.Millions(m.Usd), m.Meaning])),
            Html.El(
                "p",
                f.BalancedInEveryRun
                    ? "Every dollar is accounted for in every run: new + brought forward = to projects + to the core + returned + carried over."
                    : "Warning: in some run the ledger did not balance.",
                year.SetAsideCount > 0 ? $" {Figures.Whole(year.SetAsideCount)} negative recorded amounts (refunds of earlier years, US$ {Figures.Millions((double)year.SetAsideUsd)} M) were set aside." : null),
            Html.El("h3", "Where the voluntary money went"),
            ItemSection.Figure(
                FundingFlowChart.Render(year, year.ByTheme, "theme"),
                $"The {Figures.Whole(FundingFlowChart.DonorsShown)} largest contributors one by one, the rest grouped, into what their money paid for, and the projects' money on to each theme. The results keep no contributor-by-theme split, so the money spent on projects is divided among themes in proportion to what each was funded."),
            ItemSection.Figure(
                FundingFlowChart.Render(year, year.ByRegion, "region"),
                "The same money on to each region, divided in the same way."),
            Html.El("h3", "Coverage of the appeal"),
            Html.El("p", $"Overall: {Figures.Percent(year.Overall.Coverage.Mean)} of US$ {Figures.Millions(year.Overall.CostUsd)} M funded (5th–95th percentile {Figures.Percent(year.Overall.Coverage.P05)}–{Figures.Percent(year.Overall.Coverage.P95)}); {Figures.Mean(year.Overall.Unfunded)} projects unfunded and {Figures.Mean(year.Overall.Cancelled)} cancelled on average."),
            ItemSection.Figure(CoverageChart.Render(year.ByTheme, $"Coverage by theme, {Figures.Whole(year.Year)}"), "Coverage by theme."),
            ItemSection.Figure(CoverageChart.Render(year.ByRegion, $"Coverage by region, {Figures.Whole(year.Year)}"), "Coverage by region."),
            Html.El("h3", "Concentration"),
            Html.El("p", $"Top five ({string.Join(", ", c.TopFive)}): {Figures.Percent(c.TopFiveShare)} of voluntary money; Herfindahl index {Figures.Index(c.Herfindahl)}. Measured over {Sources.SourceText.Clean(c.Definition)}."),
            year.Documented.IsEmpty ? null : Html.Table(
                ["measure", "donor", "unit", ">documented", ">simulated", "definition", "source"],
                year.Documented.Select(d => (IReadOnlyList<object?>)[
                    d.Measure, d.Donor ?? string.Empty, IsShare(d.Measure) ? "%" : "US$ M", Value(d.Measure, d.Documented), d.Simulated is { } s ? Value(d.Measure, s) : "n/a", Sources.SourceText.Clean(d.Definition), notes.Cite(d.Source)]),
                "Documented funding figures beside the simulated ones"),
            year.WithoutVote.IsEmpty ? null : Html.El(
                "p",
                $"Without a vote for arrears at the end of {Figures.Whole(year.Year)} (share of runs): ",
                string.Join(", ", year.WithoutVote.Select(w => $"{w.Key} {Figures.Percent(w.Value)}")),
                "."));
    }

    private static bool IsShare(string measure) => measure is "top-five-share" or "voluntary-share-of-budget";

    private static string Value(string measure, double value) => IsShare(measure) ? Figures.Percent(value) : Figures.Millions(value);
}
