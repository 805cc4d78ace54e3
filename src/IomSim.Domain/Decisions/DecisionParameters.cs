namespace IomSim.Domain.Decisions;

/// <summary>
/// The decision model's weights. The defaults are stated modelling assumptions, not fitted to any documented tally;
/// calibration against the record is a separate, labelled step. Baselines and weights are in the units of the
/// original utility model, whose random term had standard deviation <see cref="Noise"/>; the four-choice model reads
/// them on the logit scale, multiplied by <see cref="LogitScale"/>, so that each keeps its weight against chance.
/// </summary>
public sealed record DecisionParameters
{
    /// <summary>
    /// Baseline support for admitting a state: IOM's practice is near-universal membership, admitted by consensus
    /// (every admission found in the record but Russia's was unanimous).
    /// </summary>
    public double AdmissionBaseline { get; init; } = 1.0;

    /// <summary>Baseline support for the Programme and Budget, normally adopted without a vote.</summary>
    public double BudgetBaseline { get; init; } = 0.8;

    /// <summary>Baseline support for other decisions.</summary>
    public double OrdinaryBaseline { get; init; } = 0.3;

    /// <summary>
    /// Baseline support for a candidate in an election. Among several candidates only differences count; a candidate
    /// standing alone needs a positive baseline to be acceptable to members near it.
    /// </summary>
    public double ElectionBaseline { get; init; } = 0.5;

    /// <summary>
    /// Utility lost per unit of distance between a member and the motion. Small next to the baselines, because
    /// most members' votes on admissions and budgets do not follow ideology.
    /// </summary>
    public double DistanceWeight { get; init; } = 0.35;

    /// <summary>Weight of the member's documented relation to the motion's subject.</summary>
    public double RelationWeight { get; init; } = 2.0;

    /// <summary>How far a member moves towards its blocs' mean view (0: not at all; 1: entirely).</summary>
    public double BlocCohesion { get; init; } = 0.5;

    /// <summary>Weight of the pull towards donors' views (zero unless a scenario switches funding influence on).</summary>
    public double DonorInfluence { get; init; }

    /// <summary>Standard deviation of the random term of each member's utility.</summary>
    public double Noise { get; init; } = 0.3;

    /// <summary>
    /// A member that votes no objects to adoption by consensus when its support is this far below the motion's lower cut
    /// (in the original units; on the logit scale times <see cref="LogitScale"/>).
    /// </summary>
    public double ObjectionThreshold { get; init; } = 0.5;

    /// <summary>
    /// The weights of the four-choice probabilities beyond each state's and item's own (how ambivalence keeps states
    /// away), as fitted on the roll calls with the ideal points.
    /// </summary>
    public VoteChoiceParameters Choices { get; init; } = VoteChoiceParameters.HabitOnly;

    /// <summary>
    /// From the original utility units to the logit scale: the standard deviation of the logistic distribution (π/√3)
    /// over <see cref="Noise"/>, so that a term worth one noise deviation before is worth one now.
    /// A noise of zero makes every choice between yes, abstain and no certain (the scale is capped, not infinite).
    /// </summary>
    public double LogitScale => Math.PI / Math.Sqrt(3.0) / Math.Max(Noise, MinimumNoise);

    // Below this the logit scale only saturates probabilities that are already 0 or 1.
    private const double MinimumNoise = 1e-3;

    /// <summary>The defaults.</summary>
    public static DecisionParameters Default { get; } = new();

    /// <summary>The baseline for a kind of motion.</summary>
    public double BaselineFor(MotionKind kind) => kind switch
    {
        MotionKind.Admission => AdmissionBaseline,
        MotionKind.Budget => BudgetBaseline,
        MotionKind.Ordinary => OrdinaryBaseline,
        MotionKind.Election => ElectionBaseline,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown motion kind."),
    };
}
