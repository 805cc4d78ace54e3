using System.Collections.Immutable;
using IomSim.Scenarios.Model;

namespace IomSim.Engine.Calibration;

/// <summary>What to fit, on what, and how hard to look.</summary>
/// <param name="Fitted">The scenarios whose documented tallies, named votes and outcomes the parameters are fitted to.</param>
/// <param name="HeldOut">Scenarios only reported on, before and after, never fitted to.</param>
/// <param name="Parameters">The parameters to fit (each once).</param>
/// <param name="Runs">Runs per scenario per evaluation.</param>
/// <param name="Seed">The seed of every evaluation (common random numbers: the objective is a deterministic function of the parameters).</param>
/// <param name="Parallelism">How many runs at once; results do not depend on it.</param>
/// <param name="MaxEvaluations">At most this many evaluations of the objective in the search.</param>
public sealed record CalibrationRequest(
    ImmutableArray<Scenario> Fitted,
    ImmutableArray<Scenario> HeldOut,
    ImmutableArray<FittableParameter> Parameters,
    int Runs,
    ulong Seed,
    int Parallelism,
    int MaxEvaluations)
{
    /// <summary>
    /// The documented events whose items enter the objective (ids in seeds/documented-outcomes.yaml); null: every
    /// documented item of the fitted scenarios. Leave-one-out sets it so that the held-out event never enters its own fit.
    /// </summary>
    public ImmutableHashSet<string>? ScoredEvents { get; init; }
}
