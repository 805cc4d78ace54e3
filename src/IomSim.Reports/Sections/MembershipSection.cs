using System.Xml.Linq;
using IomSim.Reports.Charts;
using IomSim.Reports.Markup;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Reports.Sections;

/// <summary>How the body's membership grew, from the seeds, with the scenario's sessions marked and listed.</summary>
internal static class MembershipSection
{
    private const int YearsBefore = 5;

    /// <summary>The section for <paramref name="input"/>'s body.</summary>
    public static XElement Render(ReportInput input)
    {
        var sessions = input.Scenario.Timeline;
        var until = sessions.Select(s => s.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();

        // Zoomed to the scenario's years (five before its first session): over the body's whole history since 1951
        // the session marks fall on one another.
        var from = new DateOnly(sessions.Select(s => s.Date).DefaultIfEmpty(until).Min().Year - YearsBefore, 1, 1);
        var steps = MembershipHistory.Of(input.World, input.Scenario.Body, from, until);
        var body = input.Scenario.Body == VotingBody.UnGeneralAssembly ? "UN General Assembly" : "IOM Council";
        var marks = sessions.Select(s => new TimelineMark(s.Date, s.Name)).ToArray();
        return Html.El(
            "section",
            new XAttribute("id", "membership"),
            Html.El("h2", "Membership"),
            ItemSection.Figure(
                MembershipTimeline.Render(steps, marks, until, $"Members of the {body} over time ({ScenarioFormat.BodyName(input.Scenario.Body)})"),
                $"Members of the {body} from the seed data, {Figures.Whole(from.Year)} to {Figures.Whole(until.Year)} ({Figures.Whole(steps.IsEmpty ? 0 : steps[0].Members)} members on {Figures.Date(from)}), with the scenario's sessions marked by their number in the list below; hover the line for the count on a day."),
            Html.El("ol", Html.Class("sessions"), sessions.Select(s => Html.El(
                "li",
                $"{Figures.Date(s.Date)} {s.Name}: {Figures.Whole(Engine.BodyMembership.MembersOn(input.World, input.Scenario.Body, s.Date).Length)} members"))));
    }
}
