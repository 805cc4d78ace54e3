using System.Text.Json.Nodes;
using IomSim.Cli;
using IomSim.Testing;

namespace IomSim.Web.Tests;

/// <summary>The API serves the same runs as the CLI: same scenario and seed, same tallies and outcomes.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CliEquivalenceTests(DashboardServer server)
{
    [Fact]
    public async Task The_api_s_tally_for_russia_2020_is_the_cli_s()
    {
        var store = Path.Combine(server.Folder, "cli-results.db");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(
            ["run", RepositoryRoot.Combine("scenarios", "russia-2020.yaml"), "--seed", "4242", "--runs", "5", "--format", "json", "--store", store, "--seeds", RepositoryRoot.Combine("seeds")],
            new CliConsole(output, error, ErrorIsTerminal: false));
        Assert.True(code == 0, error.ToString());
        var cli = JsonNode.Parse(output.ToString())!["events"]!.AsArray().Single(e => (string?)e!["id"] == "russia-2020/admission")!;

        var (status, run) = await Api.RunAsync(server, new { scenario = "russia-2020", seed = 4242, runs = 5 });

        Assert.Equal(200, status);
        var api = Api.Item(run!, "russia-2020/admission");
        foreach (var (cliColumn, apiColumn) in new[] { ("yes", "yes"), ("no", "no"), ("abstain", "abstain"), ("absent", "absent"), ("not_entitled", "notEntitled") })
        {
            foreach (var measure in new[] { "mean", "p05", "p95" })
            {
                Assert.Equal((double)cli["tally"]![cliColumn]![measure]!, Math.Round((double)api["tally"]![apiColumn]![measure]!, 4));
            }
        }

        Assert.Equal(
            cli["outcomes"]!.AsObject().Select(o => (o.Key, (double)o.Value!)),
            api["outcomes"]!.AsObject().Select(o => (o.Key, Math.Round((double)o.Value!, 4))));
        Assert.Equal((string?)run!["contentHash"], (string?)JsonNode.Parse(output.ToString())!["content_hash"]);
    }
}
