using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Reading;
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
                var seeded = world.Behaviour.For(code, first.Date, world.Groups);
                var own = scenario.World.Behaviour.GetValueOrDefault(code);
                var every = scenario.World.DefaultBehaviour;
                var attendance = own?.Attendance ?? every?.Attendance ?? seeded.Attendance.Value;
                var band = own?.AbstentionBand ?? every?.AbstentionBand ?? seeded.AbstentionBand.Value;
                return new MemberView(code.Value, RunViews.NameOf(world, code.Value), position.Alignment, position.Rights, [.. world.Groups.GroupsOf(code, first.Date)], relation, attendance, band);
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
            Settings(scenario, world),
            new LimitsView(ApiLimits.MaxRuns, ApiLimits.MaxChanges, ApiLimits.MaxBodyBytes));
    }

    // The model-wide numbers a teacher may move, named by their sweep paths (docs/sweeps.md), at the scenario's values.
    private static ImmutableArray<SettingView> Settings(Scenario scenario, World world)
    {
        double Parameter(string key) => ParameterTable.Entries.Single(e => e.Key == key).Get(scenario.World.Parameters);
        SettingView Of(string path, string label, double value, string help)
        {
            var range = ScenarioSettingPath.Parse(path);
            return new SettingView(path, label, value, range.Min, range.Max, help);
        }

        var global = world.Behaviour.Global;
        var every = scenario.World.DefaultBehaviour;
        return
        [
            Of("parameters.noise", "Noise", Parameter("noise"), "The weight of chance against the weighed reasons in every vote (stated default 0.3): more noise, less predictable votes; 0 makes every vote cast follow its reasons."),
            Of("parameters.donor_influence", "Donor influence", Parameter("donor_influence"), "How much a member's vote follows the donors it depends on (0, off, unless the scenario switches it on)."),
            Of("behaviour.*.attendance", "Attendance (every member)", every?.Attendance ?? global.Attendance ?? 1, "The chance that a member is present and votes; it replaces the states' habit of not voting, for every state without its own value (a state that asked for the vote is always present)."),
            Of("behaviour.*.abstention_band", "Abstention band (every member)", every?.AbstentionBand ?? global.AbstentionBand ?? 0, "The half-width of the band of indifference in which a member abstains rather than votes yes or no (0.1 by default), for every state without its own value."),
        ];
    }

    private static ImmutableArray<int> BudgetYears(Scenario scenario) =>
        [.. scenario.Timeline.SelectMany(s => s.Items).Select(e => e.Year).OfType<int>()];
}
