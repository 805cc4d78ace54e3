using System.Xml.Linq;
using IomSim.Engine.Results;
using IomSim.Reports.Markup;

namespace IomSim.Reports.Charts;

/// <summary>
/// A budget year's voluntary money as a flow: the largest contributors one by one and the rest grouped, into where
/// the money went (projects that ran, the core, returned, carried over), and the projects' share on to each theme or
/// region. The results keep no contributor-by-theme split, so the last column divides the money spent on projects in
/// proportion to what each theme or region was funded; the chart says so.
/// </summary>
public static class FundingFlowChart
{
    /// <summary>How many contributors are drawn one by one.</summary>
    public const int DonorsShown = 8;

    /// <summary>The flow for <paramref name="year"/> onward to <paramref name="destinations"/> (its themes or its regions).</summary>
    public static XElement Render(FundingYearSummary year, IReadOnlyList<CoverageSummary> destinations, string destinationKind)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(destinations);
        var givers = year.Contributions.Where(c => c.VoluntaryUsd > 0).OrderByDescending(c => c.VoluntaryUsd).ThenBy(c => c.Donor, StringComparer.Ordinal).ToArray();
        var shown = givers.Take(DonorsShown).ToArray();
        var rest = givers.Skip(DonorsShown).ToArray();

        var nodes = new List<FlowNode>();
        var links = new List<FlowLink>();
        void Donor(string id, string label, string colour, IReadOnlyCollection<DonorContribution> who)
        {
            nodes.Add(new FlowNode(id, label, 0, colour));
            var toProjects = who.Sum(c => c.ToProjectsUsd);
            var returned = who.Sum(c => c.ReturnedUsd);
            var carried = who.Sum(c => c.CarriedOverUsd);
            links.Add(new FlowLink(id, "use:projects", toProjects));
            links.Add(new FlowLink(id, "use:core", Math.Max(0, who.Sum(c => c.VoluntaryUsd) - toProjects - returned - carried)));
            links.Add(new FlowLink(id, "use:returned", returned));
            links.Add(new FlowLink(id, "use:carried", carried));
        }

        for (var i = 0; i < shown.Length; i++)
        {
            Donor("donor:" + shown[i].Donor, shown[i].Donor, Colour(i), [shown[i]]);
        }

        if (rest.Length > 0)
        {
            Donor("donor:others", $"{Figures.Whole(rest.Length)} others", Palette.Neutral, rest);
        }

        // Layers: contributors, the projects that ran, then where money ends: each theme (or region), and beneath them
        // the core, the returned and the carried-over money, whose bands pass the projects' layer below its bar.
        nodes.Add(new FlowNode("use:projects", "projects that ran", 1, "#333333"));

        var toProjectsTotal = links.Where(l => l.To == "use:projects").Sum(l => l.Value);
        var funded = destinations.Sum(d => d.FundedUsd);
        foreach (var (destination, i) in destinations.Where(d => d.FundedUsd > 0).OrderByDescending(d => d.FundedUsd).ThenBy(d => d.Key, StringComparer.Ordinal).Select((d, i) => (d, i)))
        {
            nodes.Add(new FlowNode("to:" + destination.Key, destination.Key, 2, ThemePalette.At(i)));
            links.Add(new FlowLink("use:projects", "to:" + destination.Key, funded <= 0 ? 0 : toProjectsTotal * destination.FundedUsd / funded));
        }

        nodes.Add(new FlowNode("use:core", "core (unearmarked)", 2, "#555555"));
        nodes.Add(new FlowNode("use:returned", "returned", 2, "#888888"));
        nodes.Add(new FlowNode("use:carried", "carried over", 2, "#AAAAAA"));

        var legend = shown.Select((c, i) => new LegendEntry($"{c.Donor} {c.Name}", Colour(i)))
            .Concat(rest.Length > 0 ? [new LegendEntry("other contributors", Palette.Neutral)] : [])
            .Append(new LegendEntry($"projects' money on to each {destinationKind} (in its own colour), split in proportion to funding", "#333333"))
            .ToArray();
        return FlowChart.Render(nodes, links, legend, $"Voluntary money {Figures.Whole(year.Year)}: contributors to uses to {destinationKind}, US$ millions (means over runs)");
    }

    private static string Colour(int index) => index == 0 ? Palette.Simulated : Palette.SeriesAt(index - 1);
}
