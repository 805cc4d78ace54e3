using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Scenarios.Model;

/// <summary>The world of a scenario: the seeds, changed where the scenario says so.</summary>
/// <param name="Parameters">The decision model's weights (the defaults unless the scenario overrides some).</param>
/// <param name="Calibrated">Whether the parameters come from a calibration (labelled in every output).</param>
/// <param name="Positions">Overrides of states' positions.</param>
/// <param name="Relations">Added or replaced relations.</param>
/// <param name="Behaviour">Overrides of states' behaviour.</param>
public sealed record ScenarioWorld(
    DecisionParameters Parameters,
    bool Calibrated,
    ImmutableSortedDictionary<StateCode, PolicyPosition> Positions,
    ImmutableArray<RelationOverride> Relations,
    ImmutableSortedDictionary<StateCode, BehaviourOverride> Behaviour)
{
    /// <summary>
    /// Behaviour set for every state (<c>world.behaviour</c> key <c>"*"</c>, or a calibration file's <c>behaviour</c>):
    /// replaces the seeded values of all states; <see cref="Behaviour"/> still overrides it state by state. Null: none.
    /// </summary>
    public BehaviourOverride? DefaultBehaviour { get; init; }

    /// <summary>What the included calibration file was fitted on, and what of this scenario it has seen; null without one.</summary>
    public CalibrationProvenance? Calibration { get; init; }
}
