using System.Collections.Immutable;

namespace IomSim.Domain.Funding;

/// <summary>
/// Appeal coverage of a year's projects by theme, by region and overall: how much of what IOM asked for was pledged
/// and accepted (cancelled projects count with the money they had before it went back).
/// </summary>
public static class AppealCoverage
{
    /// <summary>The key of the line over all projects.</summary>
    public const string OverallKey = "all";

    /// <summary>One line per theme, in enum order, every theme present even without projects.</summary>
    public static ImmutableArray<CoverageLine> ByTheme(IEnumerable<ProjectClosing> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var list = projects.ToList();
        return [.. Enum.GetValues<Theme>().Select(t => LineOf(FundingNames.Of(t), list.Where(p => p.Appeal.Theme == t)))];
    }

    /// <summary>One line per region, in enum order, every region present even without projects.</summary>
    public static ImmutableArray<CoverageLine> ByRegion(IEnumerable<ProjectClosing> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var list = projects.ToList();
        return [.. Enum.GetValues<Region>().Select(r => LineOf(FundingNames.Of(r), list.Where(p => p.Appeal.Region == r)))];
    }

    /// <summary>One line over all projects, keyed <see cref="OverallKey"/>.</summary>
    public static CoverageLine Overall(IEnumerable<ProjectClosing> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        return LineOf(OverallKey, projects);
    }

    private static CoverageLine LineOf(string key, IEnumerable<ProjectClosing> projects)
    {
        int count = 0, unfunded = 0, cancelled = 0;
        decimal cost = 0, funded = 0;
        foreach (var project in projects)
        {
            count++;
            unfunded += project.FundedUsd == 0 ? 1 : 0;
            cancelled += project.Status == ProjectStatus.Cancelled ? 1 : 0;
            cost += project.Appeal.CostUsd;
            funded += project.FundedUsd;
        }

        return new CoverageLine(key, count, unfunded, cancelled, cost, funded);
    }
}
