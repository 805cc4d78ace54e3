using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine.Comparison;
using IomSim.Engine.Results;
using IomSim.Scenarios.Model;

namespace IomSim.Reports;

/// <summary>What a report is made of: the scenario, its runs, the world they ran in, and their comparison with the record.</summary>
/// <param name="Scenario">The scenario as read.</param>
/// <param name="Result">Its runs.</param>
/// <param name="World">The seeded world (names, groups, membership).</param>
/// <param name="Comparisons">One per item with a documented outcome (<see cref="ScenarioComparer"/>).</param>
public sealed record ReportInput(Scenario Scenario, ScenarioResult Result, World World, ImmutableArray<EventComparison> Comparisons)
{
    /// <summary>For a counterfactual: its baseline's runs, to put beside it.</summary>
    public ScenarioResult? Baseline { get; init; }

    /// <summary>A state's name, or the code itself when the world does not know it.</summary>
    public string NameOf(string code) =>
        StateCode.TryParse(code, out var state) && World.States.TryGetValue(state, out var known) ? known.Name : code;
}
