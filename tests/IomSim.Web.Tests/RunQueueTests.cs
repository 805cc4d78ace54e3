using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IomSim.Results.Postgres;
using IomSim.Seeds;
using IomSim.Testing;
using IomSim.Web.Http;

namespace IomSim.Web.Tests;

/// <summary>
/// Run requests beyond the queue's bounds are answered at once with 429 and a Retry-After, not after minutes of waiting
/// (issue 20, item 9: twenty concurrent requests all queued, the last answered after 180 s).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class RunQueueTests(DashboardServer server)
{
    [Theory]
    [InlineData(1, 1, 1, 8)] // the client's own bound: one playing, one waiting
    [InlineData(8, 8, 1, 1)] // the server's bound, whoever asks
    public async Task Requests_beyond_the_queue_are_refused_at_once_with_retry_after(int runningPerClient, int waitingPerClient, int running, int waiting)
    {
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        var settings = new DashboardSettings(["http://127.0.0.1:0"], RepositoryRoot.Combine("scenarios"), ResultsStoreLocation.Parse(Path.Combine(server.Folder, $"queue-{runningPerClient}-{waiting}.db"), "--store"))
        {
            RunQueue = new RunQueueLimits(runningPerClient, waitingPerClient, running, waiting),
        };
        await using var host = DashboardHost.Create(settings, world);
        await host.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(host.Addresses.Single()), Timeout = TimeSpan.FromMinutes(10) };

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var content = new StringContent("""{"scenario":"russia-2020","runs":20}""", Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/runs", UriKind.Relative), content);
            var retryAfter = response.Headers.RetryAfter?.Delta;
            return (response.StatusCode, RetryAfter: retryAfter, Body: await response.Content.ReadAsStringAsync());
        }));
        await host.StopAsync();

        // At most the bound is let in: the rest were refused while the first still played.
        var admitted = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.Equal(answers.Length, admitted + refused.Length);
        Assert.InRange(admitted, 1, Math.Min(runningPerClient + waitingPerClient, running + waiting));
        Assert.NotEmpty(refused);
        Assert.All(refused, a =>
        {
            Assert.True(a.RetryAfter >= TimeSpan.FromSeconds(1), $"Retry-After was {a.RetryAfter}");
            var problem = JsonNode.Parse(a.Body)!;
            Assert.Equal(429, (int)problem["status"]!);
            Assert.Contains("try again in about", (string?)problem["detail"], StringComparison.Ordinal);
        });
    }
}
