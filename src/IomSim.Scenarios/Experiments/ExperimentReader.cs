using System.Collections.Immutable;
using IomSim.Scenarios.Reading;
using IomSim.Scenarios.Yaml;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Scenarios.Experiments;

/// <summary>
/// Reads experiment files (YAML, <c>docs/experiments.md</c>) as the scenario reader reads scenarios: the same size,
/// depth, anchor and duplicate-key limits, and every error a <see cref="ScenarioException"/> naming file, line and
/// column, what was wrong and what was expected (an unknown key or name with the nearest allowed one). Varied paths are
/// read by <see cref="ScenarioSettingPath.TryParse"/>, the parser of <c>sweep --vary</c>.
/// </summary>
public static class ExperimentReader
{
    private const string What = "the experiment";

    /// <summary>
    /// True when <paramref name="path"/> is a YAML file whose top-level mapping has the key <c>experiment</c>: the one
    /// rule by which <c>sweep</c> tells an experiment from a scenario. A file that cannot be read or parsed is not
    /// one (the scenario reader then reports what is wrong with it).
    /// </summary>
    public static bool IsExperiment(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!System.IO.File.Exists(path))
        {
            return false;
        }

        try
        {
            return YamlTreeReader.Read(ScenarioReader.ReadFile(path).Text, path) is YamlMapping root && root.Find("experiment") is not null;
        }
        catch (ScenarioException)
        {
            return false;
        }
    }

    /// <summary>Reads the experiment file at <paramref name="path"/>, checking the states its paths name against <paramref name="world"/>.</summary>
    /// <exception cref="ScenarioException">The file is missing, too large, malformed, or breaks a rule of the format.</exception>
    public static Experiment Read(string path, SeedWorld world)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(world);
        var context = new ReadContext(path, world);
        var root = YamlTreeReader.Read(ScenarioReader.ReadFile(path).Text, path)
            ?? throw new ScenarioException(path, 1, 1, $"the file holds no experiment (expected a mapping with the keys: {string.Join(", ", ExperimentFormat.Root)})");
        var fields = Checked(context, root, What, ExperimentFormat.Root);
        var id = Values.Identifier(context, fields.Required("experiment", "a short id such as russia-2020-sensitivity"), "experiment", allowSlash: false);
        var description = Values.Text(context, fields.Required("description", "what the experiment studies"), "description", "text");
        var scenario = Scenario(context, fields.Required("scenario", "a scenario id such as russia-2020, or a path relative to this file"));
        var seed = fields.Optional("seed") is { } seedNode ? Values.Seed(context, seedNode, "seed") : (ulong?)null;
        var runs = Values.WholeNumber(context, fields.Required("runs", "the runs per setting, e.g. 100"), "runs", 1, ScenarioFormat.MaxRuns);
        var design = Design(context, fields.Required("design", $"one of: {string.Join(", ", ExperimentFormat.DesignNames)}"));
        var samples = Samples(context, fields, design);
        var vary = Vary(context, fields.Required("vary", "a list of { path, from, to } entries"), design);
        if (design == ExperimentDesign.Grid)
        {
            var settings = vary.Aggregate(1L, (count, factor) => count * factor.Steps!.Value);
            if (settings > ExperimentFormat.MaxSettings)
            {
                throw context.Error(fields.Required("vary", string.Empty), $"the grid has {string.Join(" × ", vary.Select(f => f.Steps))} = {settings} settings "
                    + $"(expected at most {ExperimentFormat.MaxSettings}; fewer steps, or a random or latin-hypercube design)");
            }
        }

        var measures = Measures(context, fields.Required("measures", $"a list of: {string.Join(", ", ExperimentFormat.Measures)}"));
        return new Experiment(id, path, description, scenario, seed, runs, design, samples, vary, measures);
    }

    // Unknown keys are refused with the nearest allowed one, before Fields checks the rest.
    private static Fields Checked(ReadContext context, YamlValue node, string what, ImmutableArray<string> allowed)
    {
        if (node is YamlMapping mapping)
        {
            foreach (var (key, _) in mapping.Entries)
            {
                if (!allowed.Contains(key.Value))
                {
                    throw context.Error(key, $"unknown key '{YamlScalar.Shorten(key.Value)}' in {what} (expected one of: {string.Join(", ", allowed)}"
                        + $"{ClosestName.Hint(key.Value, allowed)})");
                }
            }
        }

        return new Fields(context, node, what, allowed);
    }

    // An id names scenarios/ID.yaml beside this file's folder (experiments/ and scenarios/ are siblings) or ID.yaml in
    // it; anything with a slash or a .yaml ending is a path relative to this file's folder.
    private static string Scenario(ReadContext context, YamlValue node)
    {
        var text = Values.Text(context, node, "scenario", "a scenario id such as russia-2020, or a path relative to this file");
        var folder = Path.GetDirectoryName(Path.GetFullPath(context.File)) ?? ".";
        var isPath = text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)
            || text.EndsWith(".yaml", StringComparison.Ordinal) || text.EndsWith(".yml", StringComparison.Ordinal);
        string[] candidates = isPath
            ? [Path.Combine(folder, text)]
            : [Path.Combine(folder, "..", "scenarios", text + ".yaml"), Path.Combine(folder, text + ".yaml")];
        return candidates.FirstOrDefault(System.IO.File.Exists) is { } found
            ? Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(found))
            : throw context.Error(node, $"no scenario file for '{YamlScalar.Shorten(text)}': looked for {string.Join(" and ", candidates.Select(Path.GetFullPath))} "
                + "(expected a scenario id such as russia-2020, found in ../scenarios/ beside the experiment's folder, or a path relative to the experiment file)");
    }

    private static ExperimentDesign Design(ReadContext context, YamlValue node)
    {
        var names = ExperimentFormat.DesignNames;
        var text = Values.Text(context, node, "design", $"one of: {string.Join(", ", names)}");
        var index = names.IndexOf(text);
        return index >= 0
            ? (ExperimentDesign)index
            : throw context.Error(node, $"unknown design '{YamlScalar.Shorten(text)}' (expected one of: {string.Join(", ", names)}{ClosestName.Hint(text, names)})");
    }

    private static int Samples(ReadContext context, Fields fields, ExperimentDesign design)
    {
        if (design == ExperimentDesign.Grid)
        {
            return fields.Optional("samples") is { } node
                ? throw context.Error(node, "samples is for random and latin-hypercube designs (expected no samples in a grid: its settings are every combination of the steps)")
                : 0;
        }

        var expected = $"the number of settings to draw, from 1 to {ExperimentFormat.MaxSettings}";
        return Values.WholeNumber(context, fields.Required("samples", expected), "samples", 1, ExperimentFormat.MaxSettings);
    }

    private static ImmutableArray<ExperimentFactor> Vary(ReadContext context, YamlValue node, ExperimentDesign design)
    {
        var list = Values.List(context, node, "vary", "{ path, from, to } entries");
        if (list.Items.Count == 0)
        {
            throw context.Error(node, "vary is empty (expected at least one { path, from, to } entry: an experiment varies something)");
        }

        var factors = ImmutableArray.CreateBuilder<ExperimentFactor>(list.Items.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            var factor = Factor(context, item, design);
            if (seen.TryGetValue(factor.Path.Text, out var line))
            {
                throw context.Error(item, $"{factor.Path.Text} is varied twice (expected each number once; first at line {line})");
            }

            seen.Add(factor.Path.Text, item.Line);
            factors.Add(factor);
        }

        return factors.MoveToImmutable();
    }

    private static ExperimentFactor Factor(ReadContext context, YamlValue node, ExperimentDesign design)
    {
        var fields = Checked(context, node, "an entry of vary", ExperimentFormat.Factor);
        var pathNode = fields.Required("path", "a sweep path such as parameters.noise (docs/sweeps.md)");
        var text = Values.Text(context, pathNode, "path", "a sweep path such as parameters.noise");
        if (!ScenarioSettingPath.TryParse(text, out var path, out var problem))
        {
            throw context.Error(pathNode, $"path '{YamlScalar.Shorten(text)}': {problem}");
        }

        var unknown = path!.States.Where(s => !context.World.States.ContainsKey(s)).ToArray();
        if (unknown.Length > 0)
        {
            throw context.Error(pathNode, $"path '{text}': no state {unknown[0]} in the seeds (expected a state listed in seeds/states.csv)");
        }

        var range = $"{path.Text} lies from {Values.Show(path.Min)} to {Values.Show(path.Max)}";
        var fromNode = fields.Required("from", $"a number ({range})");
        var toNode = fields.Required("to", $"a number ({range})");
        var from = Values.Number(context, fromNode, "from", path.Min, path.Max);
        var to = Values.Number(context, toNode, "to", path.Min, path.Max);
        int? steps = null;
        if (design == ExperimentDesign.Grid)
        {
            steps = Values.WholeNumber(context, fields.Required("steps", $"the number of evenly spaced values, from 1 to {ExperimentFormat.MaxSteps}"), "steps", 1, ExperimentFormat.MaxSteps);
        }
        else if (fields.Optional("steps") is { } stepsNode)
        {
            throw context.Error(stepsNode, $"steps is for a grid (expected no steps in a {ExperimentFormat.DesignName(design)} design: it draws its values within from..to)");
        }
        else if (!(from < to))
        {
            throw context.Error(fromNode, $"the range {Values.Show(from)} to {Values.Show(to)} is empty (expected from below to in a {ExperimentFormat.DesignName(design)} design)");
        }

        return new ExperimentFactor(path, from, to, steps, node.Line, node.Column);
    }

    private static ImmutableArray<string> Measures(ReadContext context, YamlValue node)
    {
        var names = ExperimentFormat.Measures;
        var list = Values.List(context, node, "measures", string.Join(", ", names));
        if (list.Items.Count == 0)
        {
            throw context.Error(node, $"measures is empty (expected at least one of: {string.Join(", ", names)})");
        }

        var measures = ImmutableArray.CreateBuilder<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            var text = Values.Text(context, item, "a measure", $"one of: {string.Join(", ", names)}");
            if (!names.Contains(text))
            {
                throw context.Error(item, $"unknown measure '{YamlScalar.Shorten(text)}' (expected one of: {string.Join(", ", names)}{ClosestName.Hint(text, names)})");
            }

            if (measures.Contains(text))
            {
                throw context.Error(item, $"measure '{text}' is listed twice (expected each measure once)");
            }

            measures.Add(text);
        }

        return measures.ToImmutable();
    }
}
