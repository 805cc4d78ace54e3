using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>Every scenario in scenarios/ runs, validates and compares through the command line.</summary>
public sealed class ShippedScenarioTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    public static TheoryData<string> Scenarios => [.. Iomsim.ShippedScenarios().Select(f => Path.GetFileName(f))];

    [Fact]
    public void The_replays_and_counterfactuals_the_issue_asks_for_are_shipped()
    {
        var names = Iomsim.ShippedScenarios().Select(Path.GetFileNameWithoutExtension).ToArray();

        Assert.Contains("china-2016", names);
        Assert.Contains("russia-2020", names);
        Assert.Contains("gcm-2018-unga", names);
        Assert.True(names.Length >= 5, $"expected at least two counterfactuals besides the three replays, found {string.Join(", ", names)}");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Run_tells_the_story_of_each_shipped_scenario_and_stores_it(string name)
    {
        // One run, whatever the scenario's default, so there is one narrative to read.
        var run = Iomsim.Run("run", Iomsim.Scenario(name), "--runs", "1", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("parameters: stated defaults, not calibrated", run.Out, StringComparison.Ordinal);
        Assert.Contains("run 1 of 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("outcome: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("summary", run.Out, StringComparison.Ordinal);
        Assert.Contains($"stored 1 run in {_folder.Store}", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Validate_counts_the_sessions_and_items_of_each_shipped_scenario(string name)
    {
        var validate = Iomsim.Run("validate", Iomsim.Scenario(name));

        Assert.Equal(0, validate.ExitCode);
        Assert.Matches(@"^valid: \d+ sessions?, \d+ items?\n$", validate.Out);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Json_over_several_runs_has_every_field_of_the_contract_for_each_shipped_scenario(string name)
    {
        var run = Iomsim.Run("run", Iomsim.Scenario(name), "--runs", "10", "--format", "json", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        foreach (var field in new[] { "scenario", "seed", "runs", "version", "calibrated", "parameters", "events" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing top-level '{field}'");
        }

        Assert.Equal(10, root.GetProperty("runs").GetInt32());
        Assert.False(root.GetProperty("calibrated").GetBoolean());
        Assert.NotEqual(0, root.GetProperty("events").GetArrayLength());
        foreach (var item in root.GetProperty("events").EnumerateArray())
        {
            foreach (var field in new[] { "id", "kind", "outcomes", "tally", "documented", "states" })
            {
                Assert.True(item.TryGetProperty(field, out _), $"missing '{field}' in an event");
            }

            Assert.Equal(1.0, item.GetProperty("outcomes").EnumerateObject().Sum(o => o.Value.GetDouble()), 3);
            foreach (var column in new[] { "yes", "no", "abstain", "absent" })
            {
                var tally = item.GetProperty("tally").GetProperty(column);
                Assert.True(tally.GetProperty("p05").GetDouble() <= tally.GetProperty("mean").GetDouble() + 1e-9);
                Assert.True(tally.GetProperty("mean").GetDouble() <= tally.GetProperty("p95").GetDouble() + 1e-9);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Compare_runs_on_each_shipped_scenario(string name)
    {
        var compare = Iomsim.Run("compare", Iomsim.Scenario(name), "--runs", "10", "--store", _folder.Store);

        Assert.True(compare.ExitCode == 0, compare.Error);
        Assert.Contains("parameters: stated defaults, not calibrated", compare.Out, StringComparison.Ordinal);

        // Every shipped scenario has something on record to compare with: a documented item, documented funding
        // figures, or a baseline to stand beside.
        Assert.Matches("score: outcome |budget year \\d{4}: documented figures|beside the baseline ", compare.Out);
    }

    public void Dispose() => _folder.Dispose();
}
