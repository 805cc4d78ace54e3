using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;
using IomSim.Web.Api;

namespace IomSim.Web.Views;

/// <summary>The scenario list and a scenario's detail, as the dashboard's controls need them.</summary>
internal static class ScenarioViews
{
    /// <summary>A line of the list.</summary>
    public static ScenarioSummaryView Summary(Scenario scenario, string file) => new(
        scenario.Id,
        scenario.Title,
        ScenarioFormat.BodyName(scenario.Body),
        file,
        scenario.Timeline.Sum(s => s.Items.Length),
        BudgetYears(scenario),
        scenario.Baseline);

    /// <summary>Everything a change can name: items, members on the first day, and the first budget year's donors.</summary>
    public static ScenarioDetailView Detail(Scenario scenario, World world)
    {
        var first = scenario.Timeline[0];
        var applicant = scenario.Timeline.SelectMany(s => s.Items).FirstOrDefault(e => e.Applicant is not null)?.Applicant;
        var overrides = scenario.World.Relations;
        var members = BodyMembership.MembersOn(world, scenario.Body, first.Date)
            .Select(code =>
            {
                var position = RunViews.PositionOf(scenario, world, code);
                double? relation = applicant is { } subject && subject != code
                    ? overrides.LastOrDefault(r => r.From == code && r.To == subject)?.Weight ?? world.Relations.WeightFrom(code, subject, first.Date) ?? 0.0
                    : null;
                return new MemberView(code.Value, RunViews.NameOf(world, code.Value), position.Alignment, position.Rights, [.. world.Groups.GroupsOf(code, first.Date)], relation);
            })
            .ToImmutableArray();
        var years = BudgetYears(scenario);
        var donors = years.IsEmpty
            ? []
            : world.Funding.ContributionsIn(years[0])
                .GroupBy(c => c.Donor)
                .Select(g => (Donor: g.Key, Usd: (double)g.Sum(c => Math.Max(0, c.VoluntaryUsd))))
                .Where(d => d.Usd > 0 && world.Funding.Donors.ContainsKey(d.Donor))
                .OrderByDescending(d => d.Usd)
                .ThenBy(d => d.Donor)
                .Select(d =>
                {
                    var profile = world.Funding.Donors[d.Donor];
                    return new DonorView(d.Donor.Value, profile.Name, FundingNames.Of(profile.Kind), d.Usd);
                })
                .ToImmutableArray();
        var items = scenario.Timeline
            .SelectMany(s => s.Items.Select(e => new ItemView(
                e.Id,
                ScenarioFormat.KindName(e.Kind),
                e.Title,
                s.Name,
                RunViews.Date(s.Date),
                e.Applicant?.Value,
                [.. e.FormalVoteRequestedBy.Select(c => c.Value)],
                e.Year,
                e.Documented)))
            .ToImmutableArray();
        return new ScenarioDetailView(
            scenario.Id,
            scenario.Title,
            scenario.Description,
            ScenarioFormat.BodyName(scenario.Body),
            scenario.Seed,
            scenario.Runs,
            scenario.World.Calibrated ? "calibrated" : "stated defaults, not calibrated",
            items,
            members,
            donors,
            years,
            ScenarioChanges.Kinds,
            new LimitsView(ApiLimits.MaxRuns, ApiLimits.MaxChanges, ApiLimits.MaxBodyBytes));
    }

    private static ImmutableArray<int> BudgetYears(Scenario scenario) =>
        [.. scenario.Timeline.SelectMany(s => s.Items).Select(e => e.Year).OfType<int>()];
}
