namespace IomSim.Scenarios.Model;

/// <summary>A state's behaviour as the scenario sets it; null fields keep the seeded value.</summary>
/// <param name="ConsensusBreakPropensity">Probability, 0 to 1, that the state insists on a formal vote when it objects.</param>
/// <param name="AbstentionBand">Half-width, 0 to 1, of the utility band in which the state abstains.</param>
/// <param name="Attendance">Probability, 0 to 1, that the state is present.</param>
/// <param name="AssessedPayment">Probability, 0 to 1, that the state, as a member, pays a year's assessed contribution in full.</param>
public sealed record BehaviourOverride(double? ConsensusBreakPropensity, double? AbstentionBand, double? Attendance, double? AssessedPayment);
