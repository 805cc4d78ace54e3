using System.Collections.Immutable;

namespace IomSim.Scenarios.Experiments;

/// <summary>The experiment file format's names and limits (<c>docs/experiments.md</c>, <c>experiments/schema.json</c>; a test checks they agree).</summary>
public static class ExperimentFormat
{
    /// <summary>Most settings an experiment may play (a grid's product of steps, or a design's samples), as for <c>sweep --vary</c>.</summary>
    public const int MaxSettings = 10_000;

    /// <summary>Most values one number may take in a grid, as for <c>sweep --vary</c>.</summary>
    public const int MaxSteps = 1_000;

    /// <summary>The keys of the file's top-level mapping; <c>experiment</c> is what marks a YAML file as an experiment.</summary>
    public static ImmutableArray<string> Root { get; } = ["experiment", "description", "scenario", "seed", "runs", "design", "samples", "vary", "measures"];

    /// <summary>The keys of one entry of <c>vary</c>.</summary>
    public static ImmutableArray<string> Factor { get; } = ["path", "from", "to", "steps"];

    /// <summary>The designs as written in files, in the order of <see cref="ExperimentDesign"/>.</summary>
    public static ImmutableArray<string> DesignNames { get; } = ["grid", "random", "latin-hypercube"];

    /// <summary>The measures a sweep reports per setting and item, as its CSV names them in the <c>measure</c> column.</summary>
    public static ImmutableArray<string> Measures { get; } = ["outcome", "adopted", "formal-vote", "tally", "pivotal"];

    /// <summary>The name of <paramref name="design"/> in files and outputs.</summary>
    public static string DesignName(ExperimentDesign design) => DesignNames[(int)design];
}
