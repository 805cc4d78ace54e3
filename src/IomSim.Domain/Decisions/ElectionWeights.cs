namespace IomSim.Domain.Decisions;

/// <summary>
/// How much each documented attribute of a candidate adds to a member's utility for it, beside the election baseline,
/// the distance and the relation to the nominator (<see cref="DecisionParameters"/>). Every default is a stated
/// modelling assumption, not fitted to any election (docs/decision-model.md, section Elections); a scenario may set them.
/// </summary>
public sealed record ElectionWeights
{
    /// <summary>For a candidate of the member's own UN regional group.</summary>
    public double SameRegion { get; init; } = 0.3;

    /// <summary>Times the nominator's donor standing (0 to 1): members court the largest donors' candidates.</summary>
    public double DonorStanding { get; init; } = 0.3;

    /// <summary>For the serving Director General.</summary>
    public double Incumbent { get; init; } = 0.3;

    /// <summary>For a serving Deputy Director General.</summary>
    public double ServingDeputy { get; init; } = 0.2;

    /// <summary>For a candidate the member itself endorsed in public before the vote.</summary>
    public double Endorsed { get; init; } = 1.5;

    /// <summary>For the member's own national: a nominating state votes for its candidate.</summary>
    public double OwnCandidate { get; init; } = 3.0;

    /// <summary>The defaults.</summary>
    public static ElectionWeights Default { get; } = new();
}
