using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine.Comparison;

namespace IomSim.Cli.Rendering;

/// <summary>
/// <c>compare</c>'s funding part: each budget year's documented figures beside the simulated ones (sources that
/// disagree each shown), then, for a counterfactual, every measure beside its baseline.
/// </summary>
internal static class FundingComparisonText
{
    /// <summary>Appends the documented figures and the side-by-side.</summary>
    public static void Write(StringBuilder text, ComparisonReport comparison)
    {
        foreach (var year in comparison.Model.DocumentedYears)
        {
            var sources = new Footnotes();
            text.Append($"\nbudget year {year.Year}: documented figures\n");
            var table = new TextTable("measure", "donor", ">documented", ">simulated", "definition and source");
            foreach (var figure in year.Documented)
            {
                table.Add(
                    figure.Measure,
                    figure.Donor ?? string.Empty,
                    Value(figure.Measure, figure.Documented),
                    figure.Simulated is { } s ? Value(figure.Measure, s) : "n/a",
                    $"{figure.Definition} [{sources.Of(figure.Source)}]");
            }

            text.Append(table.Render("  "));
            text.Append($"  simulated shares are measured over {year.Concentration.Definition}\n");
            text.Append(sources.Render("  "));
        }

        if (comparison.Baseline is not { } baseline)
        {
            return;
        }

        text.Append($"\nbeside the baseline {baseline.Result.Scenario} (seed {baseline.Result.Seed.ToString(CultureInfo.InvariantCulture)}, {baseline.Result.Runs} runs; money in US$ millions)\n");
        foreach (var section in comparison.SideBySide.GroupBy(r => r.Section, StringComparer.Ordinal))
        {
            text.Append($"  {section.Key}\n");
            var table = new TextTable("measure", ">baseline", ">counterfactual", ">change");
            foreach (var row in section)
            {
                table.Add(row.Measure, Value(row.Unit, row.Baseline), Value(row.Unit, row.Counterfactual), Change(row));
            }

            text.Append(table.Render("    "));
        }

        var unmatched = SideBySide.Unmatched(baseline.Result, comparison.Report.Result);
        if (!unmatched.IsEmpty)
        {
            text.Append($"  not compared: {string.Join(", ", unmatched)}\n");
        }

        PairedChangeText.Write(text, comparison.Paired, baseline.Result.Runs);
    }

    private static string Value(string unitOrMeasure, double value) => unitOrMeasure switch
    {
        "share" or "top-five-share" or "voluntary-share-of-budget" => Numbers.Percent(value),
        "count" => Numbers.Mean(value),
        "index" => value.ToString("0.000", CultureInfo.InvariantCulture),
        _ => Numbers.Millions(value),
    };

    private static string Change(SideBySideRow row) => row.Unit switch
    {
        "share" => (row.Change * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pts",
        "count" => row.Change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture),
        "index" => row.Change.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),
        _ => (row.Change / 1e6).ToString("+#,##0.0;-#,##0.0;0.0", CultureInfo.InvariantCulture),
    };
}
