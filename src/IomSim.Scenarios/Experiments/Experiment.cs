using System.Collections.Immutable;

namespace IomSim.Scenarios.Experiments;

/// <summary>An experiment file (<c>docs/experiments.md</c>): a scenario, the numbers varied over it, how settings are chosen, and what to report.</summary>
/// <param name="Id">The experiment's id (<c>experiment:</c>).</param>
/// <param name="File">The experiment file, as given.</param>
/// <param name="Description">What it studies.</param>
/// <param name="Scenario">The scenario file it runs, resolved against the experiment file's folder.</param>
/// <param name="Seed">The seed of the runs and of the design's samples, or null for the scenario's own.</param>
/// <param name="Runs">Runs per setting.</param>
/// <param name="Design">How settings are chosen.</param>
/// <param name="Samples">Settings drawn by a random or Latin-hypercube design; 0 for a grid.</param>
/// <param name="Vary">The varied numbers, in file order.</param>
/// <param name="Measures">The measures the report shows, in file order.</param>
public sealed record Experiment(
    string Id,
    string File,
    string Description,
    string Scenario,
    ulong? Seed,
    int Runs,
    ExperimentDesign Design,
    int Samples,
    ImmutableArray<ExperimentFactor> Vary,
    ImmutableArray<string> Measures);
