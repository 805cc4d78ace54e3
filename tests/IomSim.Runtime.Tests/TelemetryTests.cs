using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using IomSim.Runtime.Scheduling;
using IomSim.Runtime.Telemetry;
using IomSim.Runtime.Testing;
using IomSim.Runtime.Tests.Grains;

namespace IomSim.Runtime.Tests;

[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>Listeners are process-wide, so these tests run alone.</summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task Each_grain_call_is_a_span_tagged_with_grain_type_key_and_method_and_parented_by_its_caller(SchedulerKind scheduler)
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = ListenToSpans(spans);

        await using (var host = TestGrainHost.Start(scheduler, typeof(ProbeGrain).Assembly))
        {
            var answer = await host.RunAsync(grains => grains.GetGrain<IProbeGrain>("span-a").Relay("span-b"));
            Assert.Equal("span-b heard span-a", answer);
        }

        var relay = Assert.Single(spans, s => s.GetTagItem(RuntimeTelemetry.MethodTag) as string == "Relay");
        var echo = Assert.Single(spans, s => s.GetTagItem(RuntimeTelemetry.MethodTag) as string == "Echo");
        Assert.Equal("probe/Relay", relay.DisplayName);
        Assert.Equal("probe", relay.GetTagItem(RuntimeTelemetry.GrainTypeTag));
        Assert.Equal("span-a", relay.GetTagItem(RuntimeTelemetry.GrainKeyTag));
        Assert.Equal(nameof(IProbeGrain), relay.GetTagItem(RuntimeTelemetry.InterfaceTag));
        Assert.Equal("span-b", echo.GetTagItem(RuntimeTelemetry.GrainKeyTag));
        Assert.Equal(relay.SpanId, echo.ParentSpanId);
        Assert.Equal(relay.TraceId, echo.TraceId);
    }

    [Fact]
    public async Task A_failed_call_has_an_error_status_and_type()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = ListenToSpans(spans);

        await using (var host = TestGrainHost.Start(SchedulerKind.Deterministic, typeof(FaultyGrain).Assembly))
        {
            await host.RunAsync(grains => Assert.ThrowsAsync<InvalidOperationException>(() => grains.GetGrain<IFaultyGrain>("span").FailSynchronously("no")));
        }

        var failed = Assert.Single(spans, s => s.GetTagItem(RuntimeTelemetry.MethodTag) as string == nameof(IFaultyGrain.FailSynchronously));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal(typeof(InvalidOperationException).FullName, failed.GetTagItem(RuntimeTelemetry.ErrorTypeTag));
    }

    [Theory]
    [MemberData(nameof(Schedulers.Both), MemberType = typeof(Schedulers))]
    public async Task The_meter_counts_calls_measures_their_duration_and_tracks_live_activations(SchedulerKind scheduler)
    {
        var calls = new ConcurrentDictionary<string, long>();
        var durations = new ConcurrentQueue<double>();
        long activations = 0;
        long peakActivations = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == RuntimeTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tagged = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            if (tagged.GetValueOrDefault(RuntimeTelemetry.GrainTypeTag) != "counter")
            {
                return;
            }

            if (instrument.Name == RuntimeTelemetry.CallsInstrument)
            {
                calls.AddOrUpdate(tagged[RuntimeTelemetry.MethodTag]!, value, (_, sum) => sum + value);
            }
            else if (instrument.Name == RuntimeTelemetry.ActivationsInstrument)
            {
                var now = Interlocked.Add(ref activations, value);
                InterlockedMax(ref peakActivations, now);
            }
        });
        meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var type = tags.ToArray().FirstOrDefault(t => t.Key == RuntimeTelemetry.GrainTypeTag).Value as string;
            if (instrument.Name == RuntimeTelemetry.CallDurationInstrument && type == "counter")
            {
                durations.Enqueue(value);
            }
        });
        meters.Start();

        await using (var host = TestGrainHost.Start(scheduler, typeof(CounterGrain).Assembly))
        {
            await host.RunAsync(grains => Task.WhenAll(Enumerable.Range(0, 30).Select(i => grains.GetGrain<ICounterGrain>($"metered-{i % 3}").Add(1))));
        }

        Assert.Equal(30, calls["Add"]);
        Assert.Equal(3, calls[nameof(Grain.OnActivateAsync)]);
        Assert.Equal(3, calls[nameof(Grain.OnDeactivateAsync)]);
        Assert.Equal(3, Interlocked.Read(ref peakActivations));
        Assert.Equal(0, Interlocked.Read(ref activations));
        Assert.Equal(30, durations.Count); // lifecycle calls are counted but not timed
        Assert.All(durations, d => Assert.True(d >= 0));
    }

    private static ActivityListener ListenToSpans(ConcurrentQueue<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RuntimeTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
