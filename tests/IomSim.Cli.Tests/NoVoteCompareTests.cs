using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>
/// <c>compare</c> when no run held a formal vote (issue 19): there is no simulated tally, so the documented tallies are
/// shown without an error rather than with an error measured against a tally of zeros (38.7 and 40 votes before).
/// </summary>
public sealed class NoVoteCompareTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Without_a_vote_in_any_run_the_tally_is_not_compared()
    {
        var scenario = NobodyInsists();

        var table = Iomsim.Run(["compare", scenario, "--runs", "3", "--store", _folder.Combine("results.db")]);
        var json = Iomsim.Run(["compare", scenario, "--runs", "3", "--no-store", "--format", "json"]);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("tally not compared (no run held a formal vote)", table.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n +simulated +— +— +— +no run held a formal vote *\n", table.Out);
        Assert.DoesNotContain("tally error", table.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var item = document.RootElement.GetProperty("events").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "russia-2020/admission");
        Assert.Equal(0, item.GetProperty("formal_vote_share").GetDouble());
        var tallies = item.GetProperty("tallies").EnumerateArray().ToArray();
        Assert.NotEmpty(tallies);
        Assert.All(tallies, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("tally_error").ValueKind));
    }

    // The shipped no-formal-vote counterfactual, with no state inclined to insist on a vote, beside the record.
    private string NobodyInsists()
    {
        var text = File.ReadAllText(Iomsim.Scenario("russia-2020-no-formal-vote.yaml"))
            .Replace("baseline: russia-2020\n", string.Empty, StringComparison.Ordinal)
            .Replace("    UKR: { consensus_break_propensity: 0.0 }", "    \"*\": { consensus_break_propensity: 0.0 }", StringComparison.Ordinal);
        var path = _folder.Combine("nobody-insists.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
