using OpenTelemetry.Exporter;

namespace IomSim.Telemetry.Tests;

/// <summary>Reading the standard OTLP variables, through a lookup a test gives (never the process's environment).</summary>
public sealed class TelemetryOptionsTests
{
    [Fact]
    public void Without_an_endpoint_nothing_is_wanted()
    {
        var options = TelemetryOptions.FromEnvironment(_ => null);

        Assert.Null(options.OtlpEndpoint);
        Assert.False(options.WantsSpans || options.WantsMetrics);
    }

    [Fact]
    public void The_endpoint_and_protocol_are_read()
    {
        var options = TelemetryOptions.FromEnvironment(Variables(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"), ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")));

        Assert.Equal(new Uri("http://collector:4318"), options.OtlpEndpoint);
        Assert.Equal(OtlpExportProtocol.HttpProtobuf, options.OtlpProtocol);
        Assert.True(options.WantsSpans && options.WantsMetrics);
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318", "OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' is not an http:// or https:// URL")]
    [InlineData("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json", "OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' is not a protocol")]
    public void A_bad_value_is_refused_naming_the_variable(string name, string value, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => TelemetryOptions.FromEnvironment(Variables((name, value))));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
