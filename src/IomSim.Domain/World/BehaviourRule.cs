namespace IomSim.Domain.World;

/// <summary>
/// One row of behaviour parameters. A null value is not set by this row and is taken from a more general one.
/// </summary>
/// <param name="Scope">What the row applies to.</param>
/// <param name="ConsensusBreakPropensity">From 0 to 1: how readily a state that objects asks for a formal vote rather than only dissociating.</param>
/// <param name="AbstentionBand">From 0 to 1: half-width of the utility band around the threshold in which the state abstains.</param>
/// <param name="Attendance">From 0 to 1: the probability of being present.</param>
/// <param name="AssessedPayment">From 0 to 1: the probability of paying a year's assessed contribution in full.</param>
/// <param name="Basis">Where the values come from.</param>
/// <param name="Source">The source.</param>
public sealed record BehaviourRule(
    BehaviourScope Scope,
    double? ConsensusBreakPropensity,
    double? AbstentionBand,
    double? Attendance,
    double? AssessedPayment,
    ValueBasis Basis,
    string Source);
