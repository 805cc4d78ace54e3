using IomSim.Results.Postgres;
using IomSim.Testing;
using IomSim.Seeds;

namespace IomSim.Web.Tests;

/// <summary>A failure the client did not cause: a bare 500 problem that says nothing of the internals, told in the host's log.</summary>
[Collection(DashboardCollection.Name)]
public sealed class FailureTests(DashboardServer server)
{
    [Fact]
    public async Task A_results_file_that_cannot_be_written_is_a_500_without_internals()
    {
        // The store is checked when the host starts; a folder then put where the results file should be makes the run
        // succeed and storing it fail.
        var folder = Path.Combine(server.Folder, "store-becomes-a-folder");
        using var log = new StringWriter();
        var world = SeedLoader.Load(RepositoryRoot.Combine("seeds"));
        await using var host = DashboardHost.Create(new DashboardSettings(["http://127.0.0.1:0"], RepositoryRoot.Combine("scenarios"), ResultsStoreLocation.Parse(folder, "--store")), world, TextWriter.Synchronized(log));
        await host.StartAsync();
        File.Delete(folder);
        Directory.CreateDirectory(folder);
        using var client = new HttpClient { BaseAddress = new Uri(host.Addresses.Single()), Timeout = TimeSpan.FromMinutes(10) };
        using var content = new StringContent("""{"scenario":"russia-2020","runs":1}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/runs", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        await host.StopAsync();

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(folder, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Contains("iomsim serve: error:", log.ToString(), StringComparison.Ordinal);
    }
}
