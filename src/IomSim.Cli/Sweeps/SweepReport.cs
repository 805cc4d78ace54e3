using IomSim.Engine.Sweeps;
using IomSim.Scenarios;
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
}
