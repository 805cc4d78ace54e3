using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace IomSim.Cli.Tests;

/// <summary>
/// OTLP end to end: a small HTTP collector on loopback, the program run in process with the standard variables pointing
/// at it (given to the program, not set in this process), and what the collector received.
/// </summary>
[Collection(ProcessTelemetryCollection.Name)]
public sealed class OtlpExportTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public async Task With_an_endpoint_the_run_posts_its_traces_and_metrics_over_http_protobuf()
    {
        using var collector = new HttpListener();
        var port = FreePort();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new ConcurrentQueue<(string Method, string Path, string? ContentType, long Length)>();
        var serving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await collector.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.ContentType, body.Length));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });

        var environment = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };
        var outcome = Iomsim.Run(environment, "run", Iomsim.Scenario("russia-2020.yaml"), "--runs", "1", "--store", _folder.Store);
        collector.Stop();
        await serving;

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(received, r => r is { Method: "POST", Path: "/v1/traces", ContentType: "application/x-protobuf", Length: > 0 });
        Assert.Contains(received, r => r is { Method: "POST", Path: "/v1/metrics", ContentType: "application/x-protobuf", Length: > 0 });
    }

    [Fact]
    public void A_malformed_endpoint_is_invalid_input_on_one_line()
    {
        var outcome = Iomsim.Run(new Dictionary<string, string> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "collector:4318" }, "list", "--help");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(["iomsim: OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' is not an http:// or https:// URL (e.g. http://localhost:4318)"], outcome.ErrorLines);
    }

    public void Dispose() => _folder.Dispose();

    // The system picks a free port for a moment; the collector takes it right after.
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
