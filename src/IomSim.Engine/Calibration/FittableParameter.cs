using System.Collections.Immutable;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Reading;
using SeedWorld = IomSim.Domain.World.World;

namespace IomSim.Engine.Calibration;

/// <summary>
/// A parameter the calibrator can fit: a key of <c>world.parameters</c>, or a behaviour value set for every state
/// (<c>attendance</c>, <c>abstention_band</c>, <c>consensus_break_propensity</c>), which replaces the seeded values.
/// </summary>
/// <param name="Name">The key, as in scenario and calibration files.</param>
/// <param name="Min">Lower bound of the search.</param>
/// <param name="Max">Upper bound of the search.</param>
/// <param name="IsBehaviour">True for a world-wide behaviour value, false for a decision-model parameter.</param>
public sealed record FittableParameter(string Name, double Min, double Max, bool IsBehaviour)
{
    /// <summary>The behaviour values that can be fitted, set for every state at once.</summary>
    public static ImmutableArray<string> BehaviourNames { get; } = ["attendance", "abstention_band", "consensus_break_propensity"];

    /// <summary>Every fittable parameter: the decision model's (with the reader's ranges), then the behaviour values (0 to 1).</summary>
    public static ImmutableArray<FittableParameter> All { get; } =
    [
        .. ParameterTable.Entries.Select(e => new FittableParameter(e.Key, e.Min, e.Max, false)),
        .. BehaviourNames.Select(n => new FittableParameter(n, 0, 1, true)),
    ];

    /// <summary>The parameter called <paramref name="name"/>, or null.</summary>
    public static FittableParameter? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>The value in <paramref name="world"/>: the scenario's parameter, or its world-wide behaviour, else the seeds' global rule.</summary>
    public double ValueIn(ScenarioWorld world, SeedWorld seeds)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(seeds);
        if (!IsBehaviour)
        {
            return ParameterTable.Entries.Single(e => e.Key == Name).Get(world.Parameters);
        }

        var global = seeds.Behaviour.Global;
        return Name switch
        {
            "attendance" => world.DefaultBehaviour?.Attendance ?? global.Attendance ?? 1,
            "abstention_band" => world.DefaultBehaviour?.AbstentionBand ?? global.AbstentionBand ?? 0,
            _ => world.DefaultBehaviour?.ConsensusBreakPropensity ?? global.ConsensusBreakPropensity ?? 0,
        };
    }

    /// <summary><paramref name="world"/> with this parameter set to <paramref name="value"/> (for every state, if a behaviour value).</summary>
    public ScenarioWorld Apply(ScenarioWorld world, double value)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (!IsBehaviour)
        {
            return world with { Parameters = ParameterTable.Entries.Single(e => e.Key == Name).Set(world.Parameters, value) };
        }

        var every = world.DefaultBehaviour ?? new BehaviourOverride(null, null, null, null);
        return world with
        {
            DefaultBehaviour = Name switch
            {
                "attendance" => every with { Attendance = value },
                "abstention_band" => every with { AbstentionBand = value },
                _ => every with { ConsensusBreakPropensity = value },
            },
        };
    }
}
