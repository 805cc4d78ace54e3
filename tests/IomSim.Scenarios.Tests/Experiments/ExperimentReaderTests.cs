using IomSim.Scenarios.Experiments;
using IomSim.Testing;

namespace IomSim.Scenarios.Tests.Experiments;

/// <summary>The experiment reader: the shipped files, the scenario it names, and every error at file:line:column with what was expected.</summary>
public sealed class ExperimentReaderTests
{
    private const string DonorPath = "donor.USA.factor";

    private static readonly string s_russia = Seeded.Scenario("russia-2020.yaml");

    [Fact]
    public void The_russia_sensitivity_study_reads_as_a_latin_hypercube_over_the_shipped_scenario()
    {
        var file = RepositoryRoot.Combine("experiments", "russia-2020-sensitivity.yaml");

        var experiment = ExperimentReader.Read(file, Seeded.World);

        Assert.True(ExperimentReader.IsExperiment(file));
        Assert.Equal("russia-2020-sensitivity", experiment.Id);
        Assert.Equal(ExperimentDesign.LatinHypercube, experiment.Design);
        Assert.Equal(40, experiment.Samples);
        Assert.Equal(50, experiment.Runs);
        Assert.Equal(2020UL, experiment.Seed);
        Assert.Equal(Path.GetFullPath(s_russia), Path.GetFullPath(experiment.Scenario));
        Assert.Equal(
            ["parameters.noise", "parameters.relation_weight", "parameters.distance_weight", "parameters.admission_baseline", "behaviour.*.abstention_band"],
            experiment.Vary.Select(f => f.Path.Text));
        Assert.All(experiment.Vary, f => Assert.Null(f.Steps));
        Assert.Equal(["adopted", "formal-vote", "tally", "pivotal"], experiment.Measures.AsEnumerable());
    }

    [Fact]
    public void The_largest_donor_study_reads_once_donor_factors_are_sweep_paths_and_until_then_fails_only_at_its_path()
    {
        var file = RepositoryRoot.Combine("experiments", "funding-2021-largest-donor.yaml");
        var text = File.ReadAllText(file);
        if (ScenarioSettingPath.TryParse(DonorPath, out _, out _))
        {
            var experiment = ExperimentReader.Read(file, Seeded.World);
            Assert.Equal(ExperimentDesign.Grid, experiment.Design);
            Assert.Equal((DonorPath, 0.0, 1.0, (int?)5), (experiment.Vary[0].Path.Text, experiment.Vary[0].From, experiment.Vary[0].To, experiment.Vary[0].Steps));
            Assert.Equal(Path.GetFullPath(Seeded.Scenario("funding-2021.yaml")), Path.GetFullPath(experiment.Scenario));
            return;
        }

        // Today's grammar has no donor paths (they come with issue 18 item 2): the one error is at the path itself...
        var error = Assert.Throws<ScenarioException>(() => ExperimentReader.Read(file, Seeded.World));
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(DonorPath, StringComparison.Ordinal));
        Assert.Equal((line + 1, lines[line].IndexOf(DonorPath, StringComparison.Ordinal) + 1), (error.Line, error.Column));
        Assert.StartsWith($"path '{DonorPath}': unknown path '{DonorPath}' (expected parameters.KEY", error.Problem, StringComparison.Ordinal);

        // ...and with a number the grammar has in its place, over the same range, everything else in the file reads.
        using var folder = new ExperimentFolder();
        folder.CopyScenario("funding-2021.yaml");
        var standIn = ExperimentReader.Read(folder.Write("stand-in.yaml", text.Replace(DonorPath, "parameters.donor_influence", StringComparison.Ordinal)), Seeded.World);
        Assert.Equal(("funding-2021-largest-donor", ExperimentDesign.Grid, 20, 2021UL), (standIn.Id, standIn.Design, standIn.Runs, standIn.Seed!.Value));
        Assert.Equal(["outcome", "adopted"], standIn.Measures.AsEnumerable());
        Assert.Equal(5, standIn.Vary[0].Steps);
    }

    [Fact]
    public void A_scenario_file_is_not_an_experiment()
    {
        Assert.False(ExperimentReader.IsExperiment(s_russia));
        Assert.False(ExperimentReader.IsExperiment(RepositoryRoot.Combine("experiments", "no-such-file.yaml")));
    }

    [Fact]
    public void A_grid_reads_its_steps_and_a_path_relative_to_the_file()
    {
        using var folder = new ExperimentFolder();
        var file = folder.Write("grid.yaml", Experiment("grid", "- { path: relation.UKR.RUS, from: -1, to: 0, steps: 3 }", samples: null, scenario: "../scenarios/russia-2020.yaml"));
        folder.CopyScenario("russia-2020.yaml");

        var experiment = ExperimentReader.Read(file, Seeded.World);

        var factor = Assert.Single(experiment.Vary);
        Assert.Equal(("relation.UKR.RUS", -1.0, 0.0, (int?)3), (factor.Path.Text, factor.From, factor.To, factor.Steps));
        Assert.Equal(0, experiment.Samples);
        Assert.Equal(Path.GetFullPath(folder.Combine("scenarios/russia-2020.yaml")), Path.GetFullPath(experiment.Scenario));
    }

    [Fact]
    public void A_scenario_id_names_the_file_in_the_scenarios_folder_beside_the_experiments()
    {
        using var folder = new ExperimentFolder();
        folder.CopyScenario("russia-2020.yaml");
        var file = folder.Write("by-id.yaml", Experiment("random", "- { path: parameters.noise, from: 0.1, to: 1 }", samples: "8", scenario: "russia-2020"));

        Assert.Equal(Path.GetFullPath(folder.Combine("scenarios/russia-2020.yaml")), Path.GetFullPath(ExperimentReader.Read(file, Seeded.World).Scenario));
    }

    [Theory]
    [InlineData("desing: grid", 1, 1, "unknown key 'desing' in the experiment (expected one of: experiment, description, scenario, seed, runs, design, samples, vary, measures; did you mean 'design'?)")]
    [InlineData("design: latin-hypercub", 1, 9, "unknown design 'latin-hypercub' (expected one of: grid, random, latin-hypercube; did you mean 'latin-hypercube'?)")]
    [InlineData("design: factorial", 1, 9, "unknown design 'factorial' (expected one of: grid, random, latin-hypercube)")]
    [InlineData("vary:\n  - { path: parameters.noise, from: 0, to: 11 }", 2, 44, "to 11 is out of range (expected a number from 0 to 10)")]
    [InlineData("vary:\n  - { path: parameters.noise, from: 0.8, to: 0.2 }", 2, 37, "the range 0.8 to 0.2 is empty (expected from below to in a latin-hypercube design)")]
    [InlineData("vary:\n  - { path: relation.UKR.RUS, from: -2, to: 0 }", 2, 37, "from -2 is out of range (expected a number from -1 to 1)")]
    [InlineData("vary:\n  - { path: parameters.nosie, from: 0, to: 1 }", 2, 13, "path 'parameters.nosie': unknown parameter 'nosie' (expected one of: ")]
    [InlineData("vary:\n  - { path: behaviour.XYZ.attendance, from: 0, to: 1 }", 2, 13, "path 'behaviour.XYZ.attendance': no state XYZ in the seeds")]
    [InlineData("vary:\n  - { path: parameters.noise, from: 0, to: 1, steps: 3 }", 2, 54, "steps is for a grid (expected no steps in a latin-hypercube design")]
    [InlineData("vary:\n  - { path: parameters.noise, form: 0, to: 1 }", 2, 31, "unknown key 'form' in an entry of vary (expected one of: path, from, to, steps; did you mean 'from'?)")]
    [InlineData("vary:\n  - { path: parameters.noise, from: 0, to: 1 }\n  - { path: parameters.noise, from: 1, to: 2 }", 3, 5, "parameters.noise is varied twice (expected each number once; first at line 2)")]
    [InlineData("measures: [adopted, tallies]", 1, 21, "unknown measure 'tallies' (expected one of: outcome, adopted, formal-vote, tally, pivotal; did you mean 'tally'?)")]
    [InlineData("samples: 0", 1, 10, "samples 0 is out of range (expected a whole number from 1 to 10,000)")]
    [InlineData("scenario: russia-2099", 1, 11, "no scenario file for 'russia-2099': looked for ")]
    public void Errors_name_file_line_and_column_and_what_was_expected(string replacement, int line, int column, string message)
    {
        using var folder = new ExperimentFolder();
        var key = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var valid = Experiment("latin-hypercube", "- { path: parameters.noise, from: 0.1, to: 1 }", samples: "10", scenario: s_russia);
        var file = folder.Write("bad.yaml", WithFirst(valid, key, replacement));

        var error = Assert.Throws<ScenarioException>(() => ExperimentReader.Read(file, Seeded.World));

        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith(message, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_needs_steps_refuses_samples_and_stays_within_ten_thousand_settings()
    {
        using var folder = new ExperimentFolder();
        var noSteps = folder.Write("a.yaml", Experiment("grid", "- { path: parameters.noise, from: 0, to: 1 }", samples: null, scenario: s_russia));
        var samples = folder.Write("b.yaml", Experiment("grid", "- { path: parameters.noise, from: 0, to: 1, steps: 2 }", samples: "5", scenario: s_russia));
        var big = folder.Write("c.yaml", Experiment(
            "grid", "- { path: parameters.noise, from: 0, to: 1, steps: 101 }\n  - { path: parameters.distance_weight, from: 0, to: 1, steps: 100 }", samples: null, scenario: s_russia));

        Assert.Contains("missing required field 'steps' in an entry of vary", Assert.Throws<ScenarioException>(() => ExperimentReader.Read(noSteps, Seeded.World)).Message, StringComparison.Ordinal);
        Assert.Contains("samples is for random and latin-hypercube designs", Assert.Throws<ScenarioException>(() => ExperimentReader.Read(samples, Seeded.World)).Message, StringComparison.Ordinal);
        Assert.Contains("the grid has 101 × 100 = 10100 settings (expected at most 10000", Assert.Throws<ScenarioException>(() => ExperimentReader.Read(big, Seeded.World)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_refused_as_in_scenario_files()
    {
        using var folder = new ExperimentFolder();
        var deep = string.Concat(Enumerable.Repeat("[", ScenarioFormat.MaxNestingDepth + 2)) + string.Concat(Enumerable.Repeat("]", ScenarioFormat.MaxNestingDepth + 2));
        var file = folder.Write("deep.yaml", $"experiment: deep\nmeasures: {deep}\n");

        var error = Assert.Throws<ScenarioException>(() => ExperimentReader.Read(file, Seeded.World));

        Assert.Contains($"nesting deeper than {ScenarioFormat.MaxNestingDepth} levels", error.Problem, StringComparison.Ordinal);
    }

    // A valid experiment, vary last.
    internal static string Experiment(string design, string vary, string? samples, string scenario) =>
        $"experiment: test\ndescription: a test\nscenario: {scenario}\nseed: 5\nruns: 2\ndesign: {design}\n"
        + (samples is null ? string.Empty : $"samples: {samples}\n")
        + $"measures: [adopted, tally]\nvary:\n  {vary}\n";

    // The replacement's lines first, then the valid file without the key's entry (vary's entries go with it).
    private static string WithFirst(string text, string key, string replacement)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at >= 0)
        {
            lines.RemoveRange(at, key == "vary" ? lines.Count - at : 1);
        }

        return string.Join('\n', [replacement, .. lines]) + "\n";
    }
}
