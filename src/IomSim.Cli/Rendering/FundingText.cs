using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// The budget years of a run, as tables: where the money went, the largest contributors (and China and Russia),
/// how concentrated funding is and how the project measures it, coverage of the appeal by theme and region, and who
/// could not vote at the end of the year.
/// </summary>
internal static class FundingText
{
    /// <summary>Contributors listed besides the largest: the two whose funding the product brief asks about.</summary>
    private static readonly string[] s_alwaysShown = ["CHN", "RUS"];

    /// <summary>How many of the largest contributors are listed.</summary>
    public const int Largest = 10;

    /// <summary>Appends every budget year.</summary>
    public static void Write(StringBuilder text, ScenarioReport report)
    {
        foreach (var year in report.Result.Funding)
        {
            Year(text, report, year);
        }
    }

    private static void Year(StringBuilder text, ScenarioReport report, FundingYearSummary year)
    {
        var over = report.Result.Runs == 1 ? string.Empty : $", means over {report.Result.Runs} runs";
        text.Append($"\nbudget year {year.Year} (US$ millions{over})\n");
        var flow = year.Flow;
        var money = new TextTable("money", ">US$ M", "what it is");
        money.Add("assessed due", Numbers.Millions(flow.AssessedDueUsd), "Administrative Part, set in Swiss francs, at the year's rate");
        money.Add("assessed paid", Numbers.Millions(flow.AssessedPaidUsd), "what members paid of it");
        money.Add("voluntary, new", Numbers.Millions(flow.NewVoluntaryUsd), "contributed this year (recorded refunds set aside)");
        money.Add("brought forward", Numbers.Millions(flow.BroughtForwardUsd), "carried over from the year before");
        money.Add("  to projects", Numbers.Millions(flow.ToProjectsUsd), "spent on projects that ran");
        money.Add("  to the core", Numbers.Millions(flow.ToCoreUsd), "unearmarked");
        money.Add("  returned", Numbers.Millions(flow.ReturnedUsd), "pledged to projects that never started");
        money.Add("  carried over", Numbers.Millions(flow.CarriedOverUsd), "beyond projects' needs, or matching none");
        money.Add("overhead income", Numbers.Millions(flow.OverheadIncomeUsd), "share of projects that ran, funding the core");
        money.Add("appeal", Numbers.Millions(flow.AppealUsd), "cost of the year's projects");
        text.Append(money.Render("  "));
        text.Append(flow.BalancedInEveryRun
            ? "  every dollar is accounted for in every run: new + brought forward = to projects + to the core + returned + carried over\n"
            : "  WARNING: a run's ledger does not balance\n");
        if (year.SetAsideCount > 0)
        {
            text.Append($"  {year.SetAsideCount} negative recorded amounts (refunds of earlier years, US$ {Numbers.Millions((double)year.SetAsideUsd)} M) set aside\n");
        }

        var concentration = year.Concentration;
        text.Append($"  top five: {string.Join(", ", concentration.TopFive)}: {Numbers.Percent(concentration.TopFiveShare)}; Herfindahl index {concentration.Herfindahl.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}\n");
        text.Append($"    measured over {concentration.Definition}\n");

        Contributions(text, report, year);
        Coverage(text, "theme", year.ByTheme.Append(year.Overall));
        Coverage(text, "region", year.ByRegion.Append(year.Overall));
        var withoutVote = year.WithoutVote.Select(s => $"{report.NameOf(s.Key)} ({s.Key}, {Numbers.Percent(s.Value)} of runs)");
        text.Append($"  without a vote for arrears on {year.Year}-12-31: {(year.WithoutVote.IsEmpty ? "none" : string.Join(", ", withoutVote))}\n");
    }

    private static void Contributions(StringBuilder text, ScenarioReport report, FundingYearSummary year)
    {
        var shown = year.Contributions.Take(Largest)
            .Concat(year.Contributions.Where(c => s_alwaysShown.Contains(c.Donor, StringComparer.Ordinal)))
            .Distinct()
            .ToArray();
        var table = new TextTable("contributor", "kind", ">assessed", ">paid", ">voluntary", ">to projects", ">returned", ">carried over");
        foreach (var c in shown)
        {
            table.Add(
                $"{(c.Kind == "state" ? report.NameOf(c.Donor) : c.Name)} ({c.Donor})",
                c.Kind,
                Numbers.Millions(c.AssessedDueUsd),
                Numbers.Millions(c.AssessedPaidUsd),
                Numbers.Millions(c.VoluntaryUsd),
                Numbers.Millions(c.ToProjectsUsd),
                Numbers.Millions(c.ReturnedUsd),
                Numbers.Millions(c.CarriedOverUsd));
        }

        text.Append($"  the {Largest} largest contributors, and China and Russia\n");
        text.Append(table.Render("  "));
    }

    private static void Coverage(StringBuilder text, string by, IEnumerable<CoverageSummary> lines)
    {
        var table = new TextTable(by, ">projects", ">cost", ">funded", ">coverage", ">p05-p95", ">unfunded", ">cancelled");
        foreach (var line in lines)
        {
            table.Add(
                line.Key,
                Numbers.Plain(line.Projects),
                Numbers.Millions(line.CostUsd),
                Numbers.Millions(line.FundedUsd),
                Numbers.Percent(line.Coverage.Mean),
                $"{Numbers.Percent(line.Coverage.P05)}-{Numbers.Percent(line.Coverage.P95)}",
                Numbers.Mean(line.Unfunded),
                Numbers.Mean(line.Cancelled));
        }

        text.Append(table.Render("  "));
    }
}
