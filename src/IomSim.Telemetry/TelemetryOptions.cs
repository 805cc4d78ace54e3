using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IomSim.Telemetry;

/// <summary>
/// What <see cref="TelemetryExport"/> sends where: spans and metrics over OTLP to <see cref="OtlpEndpoint"/>, spans
/// through OpenTelemetry's console exporter to <see cref="SpanWriter"/>. Given explicitly (a program reads them from its environment with
/// <see cref="FromEnvironment"/>), so that tests running side by side never share them through the process environment.
/// </summary>
public sealed record TelemetryOptions
{
    /// <summary>The variable naming the OTLP collector's base URL.</summary>
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The variable naming the OTLP protocol: <c>grpc</c> or <c>http/protobuf</c>.</summary>
    public const string ProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";

    /// <summary>The OTLP collector's base URL (for http/protobuf, <c>/v1/traces</c> and <c>/v1/metrics</c> are added), or null for no OTLP export.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary>The OTLP protocol, or null for the exporter's default.</summary>
    public OtlpExportProtocol? OtlpProtocol { get; init; }

    /// <summary>
    /// Where the console exporter prints each finished span (<c>--trace</c>: standard error), or null. Console.Out points
    /// there while the export runs.
    /// </summary>
    public TextWriter? SpanWriter { get; init; }

    /// <summary>More for the tracer (another exporter, an instrumentation), e.g. a test's in-memory exporter.</summary>
    public Action<TracerProviderBuilder>? ConfigureTracing { get; init; }

    /// <summary>More for the meter provider (another reader or meter).</summary>
    public Action<MeterProviderBuilder>? ConfigureMetrics { get; init; }

    /// <summary>Whether any span is wanted; without, nothing listens and the instrumented code pays nothing.</summary>
    public bool WantsSpans => OtlpEndpoint is not null || SpanWriter is not null || ConfigureTracing is not null;

    /// <summary>Whether any metric is wanted.</summary>
    public bool WantsMetrics => OtlpEndpoint is not null || ConfigureMetrics is not null;

    /// <summary>
    /// The OTLP settings the standard variables give (<see cref="EndpointVariable"/>, <see cref="ProtocolVariable"/>),
    /// read through <paramref name="environment"/>; the exporter itself honours the others (headers, timeout, resource
    /// attributes).
    /// </summary>
    /// <exception cref="ArgumentException">A variable holds a value that is not a URL or a protocol; the message names it.</exception>
    public static TelemetryOptions FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var endpointText = environment(EndpointVariable);
        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(endpointText)
            && (!Uri.TryCreate(endpointText.Trim(), UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            throw new ArgumentException($"{EndpointVariable}: '{endpointText}' is not an http:// or https:// URL (e.g. http://localhost:4318)");
        }

        var protocol = environment(ProtocolVariable)?.Trim() switch
        {
            null or "" => (OtlpExportProtocol?)null,
            "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new ArgumentException($"{ProtocolVariable}: '{other}' is not a protocol this program speaks (grpc or http/protobuf)"),
        };
        return new TelemetryOptions { OtlpEndpoint = endpoint, OtlpProtocol = protocol };
    }
}
