using System.Text.Json;
using System.Text.Json.Nodes;
using IomSim.Testing;

namespace IomSim.Cli.Tests;

/// <summary><c>iomsim sweep experiments/NAME.yaml</c>: the shipped study, a grid file against <c>--vary</c>, overrides and bad files.</summary>
public sealed class ExperimentSweepTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    private static string Russia => RepositoryRoot.Combine("experiments", "russia-2020-sensitivity.yaml");

    [Fact]
    public void The_russia_sensitivity_study_gives_byte_identical_json_and_csv_on_one_worker_or_two()
    {
        var one = Sweep(Russia, "one.db", "--runs", "2", "--parallel", "1", "--format", "json");
        var two = Sweep(Russia, "two.db", "--runs", "2", "--parallel", "2", "--format", "json");
        var oneCsv = Sweep(Russia, "one.db", "--runs", "2", "--parallel", "1", "--format", "csv", "--resume");
        var twoCsv = Sweep(Russia, "two.db", "--runs", "2", "--parallel", "2", "--format", "csv", "--resume");

        Assert.Equal(0, one.ExitCode);
        Assert.Contains("stored 80 of 80 runs (40 settings × 2)", one.Error, StringComparison.Ordinal);
        Assert.Equal(one.Out, two.Out);
        Assert.Equal(oneCsv.Out, twoCsv.Out);

        using var json = JsonDocument.Parse(one.Out);
        var root = json.RootElement;
        Assert.Equal("russia-2020-sensitivity", root.GetProperty("experiment").GetString());
        Assert.Equal("latin-hypercube", root.GetProperty("design").GetProperty("kind").GetString());
        Assert.Equal(40, root.GetProperty("design").GetProperty("samples").GetInt32());
        Assert.Equal(2020UL, root.GetProperty("seed").GetUInt64());
        var settings = root.GetProperty("settings").EnumerateArray().ToArray();
        Assert.Equal(40, settings.Length);
        Assert.Equal(40, settings.Select(s => s.GetProperty("key").GetString()).Distinct().Count());

        // One setting in each fortieth of the noise range (0.1 to 1).
        var noise = settings.Select(s => s.GetProperty("values").GetProperty("parameters.noise").GetDouble());
        Assert.Equal(Enumerable.Range(0, 40), noise.Select(v => (int)Math.Floor((v - 0.1) / 0.9 * 40)).Order());

        // The file's measures only: no outcome shares.
        var admission = settings[0].GetProperty("events")[0];
        Assert.True(admission.TryGetProperty("adopted", out _));
        Assert.True(admission.TryGetProperty("tally", out _));
        Assert.False(admission.TryGetProperty("outcomes", out _));
        Assert.DoesNotContain(",outcome,", oneCsv.Out, StringComparison.Ordinal);
        var effects = root.GetProperty("sensitivity").EnumerateArray().ToArray();
        Assert.Equal(5, effects.Length);
        Assert.All(effects, e => Assert.Equal(6, e.GetProperty("main_effect").GetArrayLength()));
        Assert.Contains(",main-effect,parameters.noise,adopted,", oneCsv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_experiment_plays_the_grid_of_the_same_vary_options_under_the_same_keys()
    {
        var file = Write("grid.yaml", "grid", "  - { path: parameters.noise, from: 0.5, to: 2.5, steps: 3 }\n  - { path: relation.UKR.RUS, from: -1, to: 0, steps: 2 }\n", null);
        string[] vary = ["--vary", "parameters.noise=0.5..2.5:3", "--vary", "relation.UKR.RUS=-1..0:2", "--runs", "3", "--seed", "5"];

        var fromFile = Sweep(file, "grid.db", "--format", "csv");
        var fromOptions = Sweep(Iomsim.Scenario("russia-2020.yaml"), "grid.db", [.. vary, "--format", "csv", "--resume"]);
        var fileJson = Sweep(file, "grid.db", "--format", "json", "--resume");
        var optionsJson = Sweep(Iomsim.Scenario("russia-2020.yaml"), "grid.db", [.. vary, "--format", "json", "--resume"]);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Contains("stored 18 of 18 runs (6 settings × 3)", fromFile.Error, StringComparison.Ordinal);
        Assert.Contains("stored 0 of 18 runs (6 settings × 3)", fromOptions.Error, StringComparison.Ordinal);
        Assert.Contains("; 18 were stored before and kept", fromOptions.Error, StringComparison.Ordinal);
        Assert.Equal(fromOptions.Out, fromFile.Out);
        var (a, b) = (JsonNode.Parse(fileJson.Out)!.AsObject(), JsonNode.Parse(optionsJson.Out)!.AsObject());
        Assert.Equal("test", (string?)a["experiment"]);
        Assert.Null(b["experiment"]);
        a.Remove("experiment");
        b.Remove("experiment");
        Assert.Equal(b.ToJsonString(), a.ToJsonString());
    }

    [Fact]
    public void Runs_and_seed_on_the_command_line_override_the_file_and_the_seed_draws_the_settings()
    {
        var file = Write("random.yaml", "random", "  - { path: parameters.noise, from: 0.1, to: 1 }\n", "3");

        var asWritten = Sweep(file, "random.db", "--format", "json");
        var overridden = Sweep(file, "random.db", "--runs", "2", "--seed", "9", "--format", "json");

        Assert.Contains("stored 9 of 9 runs (3 settings × 3)", asWritten.Error, StringComparison.Ordinal);
        Assert.Contains("stored 6 of 6 runs (3 settings × 2)", overridden.Error, StringComparison.Ordinal);
        using var written = JsonDocument.Parse(asWritten.Out);
        using var other = JsonDocument.Parse(overridden.Out);
        Assert.Equal(5UL, written.RootElement.GetProperty("seed").GetUInt64());
        Assert.Equal(9UL, other.RootElement.GetProperty("seed").GetUInt64());
        static double[] Noise(JsonDocument d) =>
            [.. d.RootElement.GetProperty("settings").EnumerateArray().Select(s => s.GetProperty("values").GetProperty("parameters.noise").GetDouble())];
        Assert.All(Noise(written).Concat(Noise(other)), v => Assert.InRange(v, 0.1, 1));
        Assert.NotEqual(Noise(written), Noise(other));

        var runsOnly = Sweep(file, "random.db", "--runs", "4", "--resume");
        Assert.Contains("stored 3 of 12 runs (3 settings × 4)", runsOnly.Error, StringComparison.Ordinal);
        Assert.Contains("; 9 were stored before and kept", runsOnly.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_experiment_exits_2_naming_file_line_and_column()
    {
        var file = _folder.Combine("bad.yaml");
        File.WriteAllText(file, $"experiment: bad\ndescription: a test\nscenario: {Iomsim.Scenario("russia-2020.yaml")}\nruns: 2\ndesign: grid\nmeasures: [adopted]\nvary:\n  - {{ path: parameters.noise, from: 0, to: 12, steps: 2 }}\n");

        var outcome = Sweep(file, "bad.db");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.Equal($"{file}:8:44: to 12 is out of range (expected a number from 0 to 10)", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public void Vary_options_with_an_experiment_file_exit_2()
    {
        var outcome = Sweep(Russia, "vary.db", "--vary", "parameters.noise=0..1:2");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"iomsim: --vary with the experiment file {Russia}: the file says what is varied", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private Iomsim.Outcome Sweep(string file, string store, params string[] options) =>
        Iomsim.Run(["sweep", file, "--store", _folder.Combine(store), .. options]);

    private string Write(string name, string design, string vary, string? samples)
    {
        var path = _folder.Combine(name);
        File.WriteAllText(path, $"experiment: test\ndescription: a test\nscenario: {Iomsim.Scenario("russia-2020.yaml")}\nseed: 5\nruns: 3\n"
            + $"design: {design}\n{(samples is null ? string.Empty : $"samples: {samples}\n")}"
            + $"measures: [outcome, adopted, formal-vote, tally, pivotal]\nvary:\n{vary}");
        return path;
    }
}
