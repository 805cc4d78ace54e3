using System.Diagnostics;
using IomSim.Engine;
using IomSim.Engine.Telemetry;
using IomSim.Testing;
using IomSim.Scenarios;
using IomSim.Seeds;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace IomSim.Telemetry.Tests;

/// <summary>A session is a trace, each grain call a span in it: checked through the exporter pipeline the programs use.</summary>
public sealed class SessionTraceTests
{
    private static readonly ActivitySource s_test = new("IomSim.Telemetry.Tests");

    [Fact]
    public void A_Russia_2020_run_makes_each_session_a_trace_whose_grain_calls_share_its_id_and_descend_from_it()
    {
        var spans = new List<Activity>();
        var options = new TelemetryOptions { ConfigureTracing = tracing => tracing.AddSource(s_test.Name).AddInMemoryExporter(spans) };
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        var scenario = ScenarioReader.Read(RepositoryRoot.Combine("scenarios", "russia-2020.yaml"), world);

        ActivityTraceId testTrace;
        using (TelemetryExport.Start(options))
        {
            // Under a span of the test's own, so spans of tests running beside this one are told apart.
            using var test = s_test.StartActivity("test")!;
            testTrace = test.TraceId;
            new ScenarioEngine(world).Run(scenario, runs: 2, seed: 2020, parallelism: 2);
        }

        var runs = spans.Where(s => s.TraceId == testTrace && s.DisplayName == "run").ToArray();
        Assert.Equal(2, runs.Length);
        var sessions = spans.Where(s => s.Source.Name == EngineTelemetry.Name
            && s.Links.Any(l => runs.Any(r => r.Context == l.Context))).ToArray();
        Assert.Equal(2 * scenario.Timeline.Length, sessions.Length);
        var byId = spans.ToLookup(s => (s.TraceId, s.SpanId));
        var nested = 0;
        foreach (var session in sessions)
        {
            Assert.Equal(default, session.ParentSpanId);
            Assert.Null(session.Parent);
            Assert.NotEqual(testTrace, session.TraceId);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)session.GetTagItem(EngineTelemetry.SessionDateTag)!);
            Assert.Equal($"session {session.GetTagItem(EngineTelemetry.SessionTag)}", session.DisplayName);

            var calls = spans.Where(s => s.Source.Name == ActivitySources.ApplicationGrainActivitySourceName && s.TraceId == session.TraceId).ToArray();
            Assert.NotEmpty(calls);
            Assert.Contains(calls, c => c.ParentSpanId == session.SpanId);
            Assert.All(calls, call => Assert.True(Descends(call, session, byId), $"{call.DisplayName} does not descend from {session.DisplayName}"));
            nested += calls.Count(c => c.ParentSpanId != session.SpanId);
        }

        // The Council's calls to the member states are children of the Council's call, in the session's trace too.
        Assert.True(nested > 0);

        // Every grain call of the run is in some session's trace: none left in the run's trace or on its own.
        Assert.DoesNotContain(spans, s => s.Source.Name == ActivitySources.ApplicationGrainActivitySourceName && s.TraceId == testTrace);
    }

    [Fact]
    public void Nothing_asked_for_nothing_listens()
    {
        using var export = TelemetryExport.Start(new TelemetryOptions());

        Assert.False(export.IsActive);
    }

    private static bool Descends(Activity span, Activity ancestor, ILookup<(ActivityTraceId, ActivitySpanId), Activity> byId)
    {
        for (var current = span; current.ParentSpanId != default;)
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }

            var parent = byId[(current.TraceId, current.ParentSpanId)].FirstOrDefault();
            if (parent is null)
            {
                return false;
            }

            current = parent;
        }

        return false;
    }
}
