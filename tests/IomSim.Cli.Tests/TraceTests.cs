namespace IomSim.Cli.Tests;

/// <summary><c>--trace</c>: OpenTelemetry's console exporter on standard error, a session the root of its trace, Orleans' grain-call spans inside.</summary>
[Collection(ProcessTelemetryCollection.Name)]
public sealed class TraceTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Trace_prints_the_session_spans_and_their_grain_call_spans_and_leaves_the_result_alone()
    {
        string[] args = ["run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--format", "json", "--store", _folder.Store];

        var traced = Iomsim.Run([.. args, "--trace"]);
        var plain = Iomsim.Run(args);

        Assert.Equal((0, 0), (traced.ExitCode, plain.ExitCode));
        Assert.Equal(plain.Out, traced.Out);
        var spans = ConsoleSpan.Parse(traced.Error);
        var runs = spans.Where(s => s.Name == "run").ToArray();
        Assert.NotEmpty(runs);

        // Tests running beside this one may add spans of their own: this run's session is one that has it all.
        Assert.Contains(spans, session =>
            session.Name == "session 111th Session of the Council (regular, online)"
            && session.ParentSpanId is null
            && session.Source == "IomSim.Engine"
            && session.Tags.GetValueOrDefault("iomsim.session.date") == "2020-11-24"
            && runs.Any(session.LinksTo)
            && spans.Any(decide =>
                decide.Source == OrleansCalls
                && decide.Name.EndsWith("ICouncilGrain/Decide", StringComparison.Ordinal)
                && Descends(decide, session, spans)
                && spans.Any(vote => vote.Source == OrleansCalls && vote.Name.Contains("IMemberStateGrain/", StringComparison.Ordinal) && Descends(vote, decide, spans))));
        Assert.Empty(ConsoleSpan.Parse(plain.Error));
    }

    private const string OrleansCalls = "Microsoft.Orleans.Application";

    // Whether span is a descendant of ancestor, through the parents printed.
    private static bool Descends(ConsoleSpan span, ConsoleSpan ancestor, IReadOnlyList<ConsoleSpan> spans)
    {
        for (var current = span; current.TraceId == ancestor.TraceId && current.ParentSpanId is { } parent;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            var next = spans.FirstOrDefault(s => s.TraceId == current.TraceId && s.SpanId == parent);
            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return false;
    }

    public void Dispose() => _folder.Dispose();
}
