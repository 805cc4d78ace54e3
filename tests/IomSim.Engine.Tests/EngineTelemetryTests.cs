using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using IomSim.Engine.Telemetry;

namespace IomSim.Engine.Tests;

public sealed class EngineTelemetryTests
{
    [Fact]
    public void A_scenario_is_a_span_with_a_span_per_run_a_trace_per_session_a_span_per_budget_year_and_the_runs_are_counted()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var runs = new ConcurrentBag<long>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EngineTelemetry.Name && instrument.Name == EngineTelemetry.RunsInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == EngineTelemetry.ScenarioTag && Equals(tag.Value, "telemetry"))
                {
                    runs.Add(value);
                }
            }
        });
        meters.Start();

        var scenario = FundingScenarios.Years2021And2022() with { Id = "telemetry" };
        new ScenarioEngine(Scenarios.World).Run(scenario, runs: 2, seed: 1, parallelism: 2);

        var root = Assert.Single(spans, s => s.DisplayName == "scenario telemetry");
        var runSpans = spans.Where(s => s.ParentSpanId == root.SpanId).ToArray();
        Assert.Equal(2, runSpans.Length);
        Assert.All(runSpans, r => Assert.Equal(root.TraceId, r.TraceId));

        // Each session is the root of a trace of its own, linked to its run; a budget year nests in the session that started it.
        var sessions = spans.Where(s => s.DisplayName.StartsWith("session ", StringComparison.Ordinal) && Equals(s.GetTagItem(EngineTelemetry.ScenarioTag), "telemetry")).ToArray();
        Assert.NotEmpty(sessions);
        Assert.All(sessions, s => Assert.Equal(default, s.ParentSpanId));
        Assert.All(sessions, s => Assert.Contains(runSpans, r => r.Context == Assert.Single(s.Links).Context));
        var years = spans.Where(s => sessions.Any(r => r.SpanId == s.ParentSpanId)).ToArray();
        Assert.Equal(["budget year 2021", "budget year 2021", "budget year 2022", "budget year 2022"], years.Select(y => y.DisplayName).Order(StringComparer.Ordinal));
        Assert.All(years, y => Assert.Equal(true, y.GetTagItem("iomsim.balanced")));
        Assert.Equal(2, runs.Sum());
    }
}
