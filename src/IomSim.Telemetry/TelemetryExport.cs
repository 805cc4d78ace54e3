using IomSim.Engine;
using IomSim.Engine.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IomSim.Telemetry;

/// <summary>
/// The OpenTelemetry providers of an iomsim program: Orleans' spans and metrics (grain calls, activations, storage), the
/// project's own (runs, sessions, budget years), under the service <c>iomsim</c>, sent where
/// <see cref="TelemetryOptions"/> says. Nothing is built, and nothing listens, when nothing is asked for. Disposing
/// flushes what is still buffered (so end the program by disposing it).
/// </summary>
public sealed class TelemetryExport : IDisposable
{
    /// <summary>The service name every span and metric carries.</summary>
    public const string ServiceName = "iomsim";

    private readonly TracerProvider? _tracer;
    private readonly MeterProvider? _meters;
    private readonly TextWriter? _consoleBefore;

    private TelemetryExport(TracerProvider? tracer, MeterProvider? meters, TextWriter? consoleBefore)
    {
        _tracer = tracer;
        _meters = meters;
        _consoleBefore = consoleBefore;
    }

    /// <summary>The activity sources exported: Orleans' and the project's.</summary>
    public static IReadOnlyList<string> Sources { get; } =
    [
        OrleansTelemetry.ApplicationSource, OrleansTelemetry.RuntimeSource, OrleansTelemetry.LifecycleSource,
        OrleansTelemetry.StorageSource, EngineTelemetry.Name,
    ];

    /// <summary>The meters exported: Orleans' and the project's.</summary>
    public static IReadOnlyList<string> Meters { get; } = [OrleansTelemetry.Meter, EngineTelemetry.Name];

    /// <summary>Whether anything is exported at all.</summary>
    public bool IsActive => _tracer is not null || _meters is not null;

    /// <summary>Starts exporting as <paramref name="options"/> says (possibly nothing).</summary>
    public static TelemetryExport Start(TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The console exporter writes to Console.Out; while spans are printed, that is the writer asked for. A
        // program's results keep their own writer (taken before this), so the spans never mix with them.
        var consoleBefore = options.SpanWriter is null ? null : Console.Out;
        if (options.SpanWriter is not null)
        {
            Console.SetOut(options.SpanWriter);
        }

        var tracer = options.WantsSpans ? Tracing(options) : null;
        var meters = options.WantsMetrics ? Metrics(options) : null;
        return new TelemetryExport(tracer, meters, consoleBefore);
    }

    /// <summary>Flushes and shuts the providers down, and gives Console.Out back.</summary>
    public void Dispose()
    {
        _tracer?.Dispose();
        _meters?.Dispose();
        if (_consoleBefore is not null)
        {
            Console.Out.Flush();
            Console.SetOut(_consoleBefore);
        }
    }

    private static TracerProvider Tracing(TelemetryOptions options)
    {
        var builder = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(Describe)
            .AddSource([.. Sources]);
        if (options.SpanWriter is not null)
        {
            // The console exporter is synchronous: each span is printed as it ends, nothing waits in a buffer at exit.
            builder.AddConsoleExporter();
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
            .AddMeter([.. Meters]);
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
