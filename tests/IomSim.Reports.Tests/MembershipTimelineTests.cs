using IomSim.Reports.Charts;

namespace IomSim.Reports.Tests;

public sealed class MembershipTimelineTests
{
    [Fact]
    public void The_count_steps_up_at_each_change_and_each_event_is_marked_and_numbered()
    {
        MembershipPoint[] steps = [new(new DateOnly(1951, 12, 5), 16), new(new DateOnly(1990, 1, 1), 40), new(new DateOnly(2016, 6, 30), 165)];
        TimelineMark[] marks = [new(new DateOnly(2016, 6, 30), "1st Special Session"), new(new DateOnly(2020, 11, 24), "111th Session")];

        var chart = MembershipTimeline.Render(steps, marks, new DateOnly(2020, 11, 24), "members");

        var line = (string)Drawn.Elements(chart, "path", "members").Single().Attribute("d")!;
        Assert.Equal(3, line.Split(" V").Length - 1);
        var points = Drawn.Elements(chart, "circle", "step").Select(Drawn.Tip).ToArray();
        Assert.Equal(["1951-12-05: 16 members", "1990-01-01: 40 members", "2016-06-30: 165 members"], points);
        var events = Drawn.Elements(chart, "g", "mark");
        Assert.Equal(["2016-06-30: 1st Special Session", "2020-11-24: 111th Session"], events.Select(Drawn.Tip));
        var x = events.Select(e => Drawn.Number(e.Elements(Markup.Svg.Ns + "line").Single(), "x1")).ToArray();
        Assert.True(x[0] < x[1]);
        Assert.True(Drawn.HasLegend(chart));
    }
}
