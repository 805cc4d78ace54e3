using IomSim.Domain.World;
using IomSim.Engine.Results;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Rendering;

/// <summary>What the renderers of <c>run</c> and <c>compare</c> draw on: the scenario, its result, and the world for state names.</summary>
/// <param name="Scenario">The scenario as read.</param>
/// <param name="Result">Its runs.</param>
/// <param name="World">The seeded world.</param>
internal sealed record ScenarioReport(Scenario Scenario, ScenarioResult Result, World World)
{
    /// <summary>The body as files name it (<c>iom-council</c>, <c>unga</c>).</summary>
    public string Body => ScenarioFormat.BodyName(Scenario.Body);

    /// <summary>The label every output carries about the decision parameters.</summary>
    public string Parameters => Result.ParametersText;

    /// <summary>A state's UN short name, or the code itself when the world does not know it.</summary>
    public string NameOf(string code) =>
        StateCode.TryParse(code, out var state) && World.States.TryGetValue(state, out var known) ? known.Name : code;
}
