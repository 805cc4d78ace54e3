using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using IomSim.Runtime.Activation;
using IomSim.Runtime.Invocation;

namespace IomSim.Runtime.Telemetry;

/// <summary>
/// The runtime's one <see cref="ActivitySource"/> and one <see cref="Meter"/>: a span per grain call (grain type, key,
/// method), and call count, call duration and live activations. Nothing is measured while nobody listens.
/// </summary>
public static class RuntimeTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "IomSim.Runtime";

    /// <summary>The name of the call counter.</summary>
    public const string CallsInstrument = "iomsim.grain.calls";

    /// <summary>The name of the call-duration histogram, in seconds.</summary>
    public const string CallDurationInstrument = "iomsim.grain.call.duration";

    /// <summary>The name of the live-activations up-down counter.</summary>
    public const string ActivationsInstrument = "iomsim.grain.activations";

    /// <summary>The tag holding the grain type.</summary>
    public const string GrainTypeTag = "iomsim.grain.type";

    /// <summary>The tag holding the grain key.</summary>
    public const string GrainKeyTag = "iomsim.grain.key";

    /// <summary>The tag holding the grain interface (OpenTelemetry's RPC service).</summary>
    public const string InterfaceTag = "rpc.service";

    /// <summary>The tag holding the method name (OpenTelemetry's RPC method).</summary>
    public const string MethodTag = "rpc.method";

    /// <summary>The tag holding the exception type of a failed call.</summary>
    public const string ErrorTypeTag = "error.type";

    private static readonly string? s_version = typeof(RuntimeTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Spans: one per grain call, from the moment it is sent until its result is set.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, s_version);

    /// <summary>Metrics of the grain runtime.</summary>
    public static Meter Meter { get; } = new(Name, s_version);

    private static readonly Counter<long> s_calls = Meter.CreateCounter<long>(CallsInstrument, "{call}", "Grain calls finished.");

    private static readonly Histogram<double> s_callDuration = Meter.CreateHistogram<double>(
        CallDurationInstrument, "s", "Time from sending a grain call to its result, queueing included.");

    private static readonly UpDownCounter<long> s_activations = Meter.CreateUpDownCounter<long>(
        ActivationsInstrument, "{activation}", "Live grain activations.");

    /// <summary>Opens the call's span (as a child of the caller's) and notes its start time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CallSent(GrainCall call)
    {
        // Checked where the call is sent: while nobody listens, which is every run of a sweep, that is all it costs.
        if (s_callDuration.Enabled || ActivitySource.HasListeners())
        {
            OpenSpan(call);
        }
    }

    private static void OpenSpan(GrainCall call)
    {
        if (s_callDuration.Enabled)
        {
            call.StartTimestamp = Stopwatch.GetTimestamp();
        }

        if (!ActivitySource.HasListeners())
        {
            return;
        }

        // Starting an activity makes it current for the caller; the caller's own span must stay current.
        var callerSpan = Activity.Current;
        var span = ActivitySource.StartActivity($"{call.TargetId.Type}/{call.Method.Name}", ActivityKind.Internal);
        Activity.Current = callerSpan;
        if (span is null)
        {
            return;
        }

        span.SetTag(GrainTypeTag, call.TargetId.Type);
        span.SetTag(GrainKeyTag, call.TargetId.Key);
        span.SetTag(InterfaceTag, call.Method.InterfaceType.Name);
        span.SetTag(MethodTag, call.Method.Name);
        call.Span = span;
    }

    /// <summary>Makes the call's span current for its first turn (awaits carry it on); returns the span it replaced.</summary>
    internal static Activity? CallStarted(GrainCall call)
    {
        if (call.Span is not { } span)
        {
            return null;
        }

        var previous = Activity.Current;
        Activity.Current = span;
        return previous;
    }

    /// <summary>Gives the thread back the span it had before the call's first turn.</summary>
    internal static void TurnEnded(GrainCall call, Activity? previous)
    {
        if (call.Span is not null)
        {
            Activity.Current = previous;
        }
    }

    /// <summary>Closes the call's span and counts the call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CallFinished(GrainCall call, Exception? error)
    {
        if (call.Span is not null || s_calls.Enabled || s_callDuration.Enabled)
        {
            CloseSpanAndCount(call, error);
        }
    }

    private static void CloseSpanAndCount(GrainCall call, Exception? error)
    {
        if (call.Span is { } span)
        {
            if (error is not null)
            {
                span.SetStatus(ActivityStatusCode.Error, error.Message);
                span.SetTag(ErrorTypeTag, error.GetType().FullName);
            }

            var current = Activity.Current;
            span.Stop();
            if (!ReferenceEquals(current, span))
            {
                Activity.Current = current;
            }
        }

        if (!s_calls.Enabled && !s_callDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { GrainTypeTag, call.TargetId.Type },
            { MethodTag, call.Method.Name },
        };
        if (error is not null)
        {
            tags.Add(ErrorTypeTag, error.GetType().FullName);
        }

        s_calls.Add(1, tags);
        if (s_callDuration.Enabled && call.StartTimestamp != 0)
        {
            s_callDuration.Record(Stopwatch.GetElapsedTime(call.StartTimestamp).TotalSeconds, tags);
        }
    }

    internal static void ActivationCreated(GrainClass grainClass) => CountActivation(grainClass, 1);

    internal static void ActivationRetired(GrainClass grainClass) => CountActivation(grainClass, -1);

    private static void CountActivation(GrainClass grainClass, long delta)
    {
        if (s_activations.Enabled)
        {
            s_activations.Add(delta, new KeyValuePair<string, object?>(GrainTypeTag, grainClass.GrainType));
        }
    }
}
