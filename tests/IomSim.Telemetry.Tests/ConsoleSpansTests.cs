using System.Diagnostics;

namespace IomSim.Telemetry.Tests;

/// <summary>What <c>--trace</c> asks for: OpenTelemetry's console exporter, printing to the writer given, not to the program's output.</summary>
public sealed class ConsoleSpansTests
{
    [Fact]
    public void A_span_of_a_subscribed_source_is_printed_to_the_span_writer_and_Console_Out_is_given_back()
    {
        using var source = new ActivitySource(OrleansTelemetry.ApplicationSource + ".Test-" + Guid.NewGuid().ToString("N"));
        var before = Console.Out;
        using var spans = new StringWriter();
        string traceId;
        using (TelemetryExport.Start(new TelemetryOptions
        {
            SpanWriter = spans,
            ConfigureTracing = tracing => tracing.AddSource(source.Name),
        }))
        {
            using var span = source.StartActivity("council/Decide")!;
            span.SetTag("iomsim.session", "111th Session");
            traceId = span.TraceId.ToHexString();
        }

        Assert.Same(before, Console.Out);
        var text = spans.ToString();
        Assert.Contains($"Activity.TraceId:            {traceId}", text, StringComparison.Ordinal);
        Assert.Contains("Activity.DisplayName:        council/Decide", text, StringComparison.Ordinal);
        Assert.Contains("iomsim.session: 111th Session", text, StringComparison.Ordinal);
        Assert.Contains("service.name: iomsim", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Orleans_sources_and_meter_are_subscribed_beside_the_project_s_own()
    {
        Assert.Contains("Microsoft.Orleans.Application", TelemetryExport.Sources);
        Assert.Contains("Microsoft.Orleans.Runtime", TelemetryExport.Sources);
        Assert.Contains(Engine.Telemetry.EngineTelemetry.Name, TelemetryExport.Sources);
        Assert.Contains("Microsoft.Orleans", TelemetryExport.Meters);
        Assert.Contains(Engine.Telemetry.EngineTelemetry.Name, TelemetryExport.Meters);
    }
}
