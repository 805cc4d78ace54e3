using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Scenarios.Reading;

/// <summary>
/// The keys of <c>world.parameters</c>: every property of <see cref="DecisionParameters"/> in snake_case. The ranges are
/// sanity bounds that keep a typo from producing a meaningless run, not empirical limits.
/// </summary>
public static class ParameterTable
{
    /// <summary>Every parameter, in the order of <see cref="DecisionParameters"/>.</summary>
    public static ImmutableArray<ParameterSpec> Entries { get; } =
    [
        new("admission_baseline", nameof(DecisionParameters.AdmissionBaseline), -10, 10, (p, v) => p with { AdmissionBaseline = v }, p => p.AdmissionBaseline),
        new("budget_baseline", nameof(DecisionParameters.BudgetBaseline), -10, 10, (p, v) => p with { BudgetBaseline = v }, p => p.BudgetBaseline),
        new("ordinary_baseline", nameof(DecisionParameters.OrdinaryBaseline), -10, 10, (p, v) => p with { OrdinaryBaseline = v }, p => p.OrdinaryBaseline),
        new("election_baseline", nameof(DecisionParameters.ElectionBaseline), -10, 10, (p, v) => p with { ElectionBaseline = v }, p => p.ElectionBaseline),
        new("distance_weight", nameof(DecisionParameters.DistanceWeight), 0, 10, (p, v) => p with { DistanceWeight = v }, p => p.DistanceWeight),
        new("relation_weight", nameof(DecisionParameters.RelationWeight), 0, 10, (p, v) => p with { RelationWeight = v }, p => p.RelationWeight),
        new("bloc_cohesion", nameof(DecisionParameters.BlocCohesion), 0, 1, (p, v) => p with { BlocCohesion = v }, p => p.BlocCohesion),
        new("donor_influence", nameof(DecisionParameters.DonorInfluence), 0, 10, (p, v) => p with { DonorInfluence = v }, p => p.DonorInfluence),
        new("noise", nameof(DecisionParameters.Noise), 0, 10, (p, v) => p with { Noise = v }, p => p.Noise),
        new("objection_threshold", nameof(DecisionParameters.ObjectionThreshold), 0, 10, (p, v) => p with { ObjectionThreshold = v }, p => p.ObjectionThreshold),
    ];

    /// <summary>The keys, in the same order.</summary>
    public static ImmutableArray<string> Keys { get; } = [.. Entries.Select(e => e.Key)];
}
