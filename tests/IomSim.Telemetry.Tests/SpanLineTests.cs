using System.Diagnostics;

namespace IomSim.Telemetry.Tests;

/// <summary>The line <c>--trace</c> prints for a span.</summary>
public sealed class SpanLineTests
{
    [Fact]
    public void A_root_and_its_child_show_short_ids_indentation_duration_and_tags()
    {
        var root = new Activity("session 111th").SetIdFormat(ActivityIdFormat.W3C).AddTag("iomsim.session", "111th session");
        root.Start();
        var child = new Activity("council/Decide").AddTag("iomsim.grain.key", "iom").AddTag("rpc.method", "Decide");
        child.Start();
        child.SetEndTime(child.StartTimeUtc.AddMilliseconds(1.5));
        child.Stop();
        root.SetEndTime(root.StartTimeUtc.AddMilliseconds(12));
        root.Stop();

        var rootLine = SpanLine.Format(root);
        var childLine = SpanLine.Format(child);

        var trace = root.TraceId.ToHexString()[..8];
        Assert.Equal($"{trace} {root.SpanId.ToHexString()[..8]} -------- session 111th 12.000 ms iomsim.session=\"111th session\"", rootLine);
        Assert.Equal($"{trace} {child.SpanId.ToHexString()[..8]} {root.SpanId.ToHexString()[..8]}   council/Decide 1.500 ms iomsim.grain.key=iom", childLine);
    }

    [Fact]
    public void Links_and_errors_are_shown()
    {
        var linked = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        var span = new Activity("session x").SetIdFormat(ActivityIdFormat.W3C);
        span.AddLink(new ActivityLink(linked));
        span.Start();
        span.SetStatus(ActivityStatusCode.Error);
        span.Stop();

        Assert.EndsWith($" link={linked.TraceId.ToHexString()[..8]}/{linked.SpanId.ToHexString()[..8]} status=error", SpanLine.Format(span), StringComparison.Ordinal);
    }
}
