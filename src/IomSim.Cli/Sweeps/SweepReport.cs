using IomSim.Engine.Sweeps;
using IomSim.Scenarios;
using IomSim.Scenarios.Experiments;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Sweeps;

/// <summary>What the sweep renderers draw on: the scenario as read, the seed, the runs per setting and the summary.</summary>
/// <param name="Scenario">The scenario as read (before any setting).</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Runs">Runs per setting.</param>
/// <param name="Version">The program version.</param>
/// <param name="Result">The summary.</param>
internal sealed record SweepReport(Scenario Scenario, ulong Seed, int Runs, string Version, SweepResult Result)
{
    /// <summary>The body as files name it.</summary>
    public string Body => ScenarioFormat.BodyName(Scenario.Body);

    /// <summary>The label every output carries about the decision parameters.</summary>
    public string Parameters => Scenario.World.Calibrated ? "calibrated" : "stated defaults, not calibrated";

    /// <summary>The experiment file the sweep ran, or null for a sweep given by <c>--vary</c>.</summary>
    public Experiment? Experiment { get; init; }

    /// <summary>How the settings were chosen.</summary>
    public ExperimentDesign Design => Experiment?.Design ?? ExperimentDesign.Grid;

    /// <summary>
    /// The name of the per-value sensitivity measure: <c>one-at-a-time</c> on a grid (the other numbers at their central
    /// values), <c>main-effect</c> for a sampled design (every setting nearest each value, whatever the other numbers).
    /// </summary>
    public string EffectMeasure => Design == ExperimentDesign.Grid ? "one-at-a-time" : "main-effect";

    /// <summary>True when the report shows <paramref name="measure"/> (an experiment's <c>measures</c>; everything otherwise).</summary>
    public bool Shows(string measure) => Experiment is null || Experiment.Measures.Contains(measure);
}
