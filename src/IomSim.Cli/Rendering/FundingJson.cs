using System.Text.Json;
using IomSim.Cli.Output;
using IomSim.Engine.Results;

namespace IomSim.Cli.Rendering;

/// <summary>
/// The <c>funding</c> section of the JSON contract: one object per budget year with the money flow, contributions by
/// contributor, concentration, coverage by theme and region, members without a vote, and documented figures. Money in
/// US dollars, rounded to the cent; shares to four places.
/// </summary>
internal static class FundingJson
{
    /// <summary>Writes the section (an empty array when no budget year was played).</summary>
    public static void Write(Utf8JsonWriter json, ScenarioResult result)
    {
        json.WriteStartArray("funding");
        foreach (var year in result.Funding)
        {
            Year(json, year);
        }

        json.WriteEndArray();
    }

    private static void Year(Utf8JsonWriter json, FundingYearSummary year)
    {
        json.WriteStartObject();
        json.WriteNumber("year", year.Year);
        var flow = year.Flow;
        json.WriteStartObject("money_usd");
        Usd(json, "assessed_due", flow.AssessedDueUsd);
        Usd(json, "assessed_paid", flow.AssessedPaidUsd);
        Usd(json, "voluntary_new", flow.NewVoluntaryUsd);
        Usd(json, "brought_forward", flow.BroughtForwardUsd);
        Usd(json, "to_projects", flow.ToProjectsUsd);
        Usd(json, "to_core", flow.ToCoreUsd);
        Usd(json, "returned", flow.ReturnedUsd);
        Usd(json, "carried_over", flow.CarriedOverUsd);
        Usd(json, "overhead_income", flow.OverheadIncomeUsd);
        Usd(json, "appeal", flow.AppealUsd);
        json.WriteEndObject();
        json.WriteBoolean("balanced_in_every_run", flow.BalancedInEveryRun);
        json.WriteNumber("set_aside_count", year.SetAsideCount);
        Usd(json, "set_aside_usd", (double)year.SetAsideUsd);

        json.WriteStartObject("concentration");
        json.Strings("top_five", year.Concentration.TopFive);
        json.Number("top_five_share", year.Concentration.TopFiveShare);
        json.Number("herfindahl", year.Concentration.Herfindahl);
        json.WriteString("definition", year.Concentration.Definition);
        json.WriteEndObject();

        json.WriteStartArray("contributions");
        foreach (var c in year.Contributions)
        {
            json.WriteStartObject();
            json.WriteString("donor", c.Donor);
            json.WriteString("name", c.Name);
            json.WriteString("kind", c.Kind);
            Usd(json, "assessed_due_usd", c.AssessedDueUsd);
            Usd(json, "assessed_paid_usd", c.AssessedPaidUsd);
            Usd(json, "voluntary_usd", c.VoluntaryUsd);
            Usd(json, "to_projects_usd", c.ToProjectsUsd);
            Usd(json, "returned_usd", c.ReturnedUsd);
            Usd(json, "carried_over_usd", c.CarriedOverUsd);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Coverage(json, "coverage", [year.Overall]);
        Coverage(json, "coverage_by_theme", year.ByTheme);
        Coverage(json, "coverage_by_region", year.ByRegion);
        json.Shares("without_vote", year.WithoutVote);

        json.WriteStartArray("documented");
        foreach (var figure in year.Documented)
        {
            json.WriteStartObject();
            json.WriteString("measure", figure.Measure);
            json.StringOrNull("donor", figure.Donor);
            json.Number("documented", figure.Documented);
            if (figure.Simulated is { } simulated)
            {
                json.Number("simulated", simulated);
            }
            else
            {
                json.WriteNull("simulated");
            }

            json.WriteString("definition", figure.Definition);
            json.WriteString("source", figure.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Coverage(Utf8JsonWriter json, string name, IEnumerable<CoverageSummary> lines)
    {
        json.WriteStartArray(name);
        foreach (var line in lines)
        {
            json.WriteStartObject();
            json.WriteString("key", line.Key);
            json.WriteNumber("projects", line.Projects);
            Usd(json, "cost_usd", line.CostUsd);
            Usd(json, "funded_usd", line.FundedUsd);
            json.Number("coverage", line.Coverage.Mean);
            json.Number("coverage_p05", line.Coverage.P05);
            json.Number("coverage_p95", line.Coverage.P95);
            json.Number("unfunded", line.Unfunded);
            json.Number("cancelled", line.Cancelled);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Usd(Utf8JsonWriter json, string name, double usd) => json.WriteNumber(name, Math.Round(usd, 2, MidpointRounding.AwayFromZero) + 0.0);
}
