using System.Text.RegularExpressions;
using IomSim.Cli;
using IomSim.Testing;

namespace IomSim.Web.Tests;

/// <summary><c>iomsim serve</c> in process: it prints its address, serves until cancelled (Ctrl+C), and refuses bad addresses.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class ServeCommandTests(DashboardServer server)
{
    [Fact]
    public async Task Serves_on_loopback_until_cancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var shared = (Out: TextWriter.Synchronized(output), Error: TextWriter.Synchronized(error));
        var console = new CliConsole(shared.Out, shared.Error, ErrorIsTerminal: false);
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => CliApplication.Run(
            ["serve", "--urls", "http://127.0.0.1:0", "--store", Path.Combine(server.Folder, "serve.db"), "--scenarios", RepositoryRoot.Combine("scenarios"), "--seeds", RepositoryRoot.Combine("seeds")],
            console,
            stop.Token));

        Match address = Match.Empty;
        for (var wait = 0; wait < 600 && !(address = Address().Match(Read(shared.Out, output))).Success && !serving.IsCompleted; wait++)
        {
            await Task.Delay(500);
        }

        Assert.True(address.Success, $"no address printed; standard error: {Read(shared.Error, error)}");
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var list = await client.GetStringAsync(new Uri(new Uri(address.Groups["url"].Value), "/api/scenarios"));
        await stop.CancelAsync();
        var code = await serving.WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Contains("russia-2020", list, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.DoesNotContain("reachable from the network", Read(shared.Error, error), StringComparison.Ordinal);
        Assert.Contains("stopped", Read(shared.Error, error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("not a url")]
    [InlineData("https://127.0.0.1:5080")]
    public void Refuses_an_address_it_cannot_listen_on(string url)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApplication.Run(["serve", "--urls", url], new CliConsole(output, error, ErrorIsTerminal: false));

        Assert.Equal(2, code);
        Assert.Contains($"--urls: '{url}' is not an address to listen on", error.ToString(), StringComparison.Ordinal);
    }

    // A synchronised writer locks itself while writing (MethodImplOptions.Synchronized): read under the same lock.
    private static string Read(TextWriter synchronised, StringWriter inner)
    {
        lock (synchronised)
        {
            return inner.ToString();
        }
    }

    [GeneratedRegex(@"dashboard: (?<url>http://127\.0\.0\.1:\d+)/")]
    private static partial Regex Address();
}
