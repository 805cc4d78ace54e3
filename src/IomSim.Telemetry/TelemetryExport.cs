using IomSim.Engine;
using IomSim.Engine.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace IomSim.Telemetry;

/// <summary>
/// The OpenTelemetry providers of an iomsim program: the grain runtime's and the engine's spans and metrics, under the
/// service <c>iomsim</c>, sent where <see cref="TelemetryOptions"/> says. Nothing is built, and nothing listens, when
/// nothing is asked for. Disposing flushes what is still buffered (so end the program by disposing it).
/// </summary>
public sealed class TelemetryExport : IDisposable
{
    /// <summary>The service name every span and metric carries.</summary>
    public const string ServiceName = "iomsim";

    private readonly TracerProvider? _tracer;
    private readonly MeterProvider? _meters;

    private TelemetryExport(TracerProvider? tracer, MeterProvider? meters)
    {
        _tracer = tracer;
        _meters = meters;
    }

    /// <summary>The activity sources and meters exported: Orleans' grain calls and the engine's.</summary>
    public static IReadOnlyList<string> Sources { get; } = [ActivitySources.ApplicationGrainActivitySourceName, EngineTelemetry.Name];

    /// <summary>Whether anything is exported at all.</summary>
    public bool IsActive => _tracer is not null || _meters is not null;

    /// <summary>Starts exporting as <paramref name="options"/> says (possibly nothing).</summary>
    public static TelemetryExport Start(TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tracer = options.WantsSpans ? Tracing(options) : null;
        var meters = options.WantsMetrics ? Metrics(options) : null;
        return new TelemetryExport(tracer, meters);
    }

    /// <summary>Flushes and shuts the providers down.</summary>
    public void Dispose()
    {
        _tracer?.Dispose();
        _meters?.Dispose();
    }

    private static TracerProvider Tracing(TelemetryOptions options)
    {
        var builder = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(Describe)
            .AddSource([.. Sources]);
        if (options.SpanWriter is { } writer)
        {
            // Synchronous, so each line is out as its span ends and nothing waits in a buffer at exit.
            builder.AddProcessor(new SimpleActivityExportProcessor(new SpanLineExporter(writer)));
        }

        if (options.OtlpEndpoint is { } endpoint)
        {
            builder.AddOtlpExporter(otlp => Point(otlp, endpoint, options.OtlpProtocol, "v1/traces"));
        }

        options.ConfigureTracing?.Invoke(builder);
        return builder.Build();
    }

    private static MeterProvider Metrics(TelemetryOptions options)
    {
        var builder = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(Describe)
            .AddMeter([.. Sources]);
        if (options.OtlpEndpoint is { } endpoint)
        {
            builder.AddOtlpExporter((otlp, _) => Point(otlp, endpoint, options.OtlpProtocol, "v1/metrics"));
        }

        options.ConfigureMetrics?.Invoke(builder);
        return builder.Build();
    }

    private static void Describe(ResourceBuilder resource) => resource.AddService(ServiceName, serviceVersion: ScenarioEngine.Version);

    // A base URL given in code is taken as is by the exporter; the variable's meaning (a base to which http/protobuf
    // adds the signal's path) is kept by adding the path here.
    private static void Point(OtlpExporterOptions otlp, Uri endpoint, OtlpExportProtocol? protocol, string signalPath)
    {
        if (protocol is { } chosen)
        {
            otlp.Protocol = chosen;
        }

        otlp.Endpoint = otlp.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
    }
}
