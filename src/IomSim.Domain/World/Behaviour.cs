namespace IomSim.Domain.World;

/// <summary>A state's resolved behaviour parameters (see <see cref="BehaviourRule"/> for their meaning).</summary>
/// <param name="ConsensusBreakPropensity">How readily an objecting state asks for a formal vote.</param>
/// <param name="AbstentionBand">Half-width of the abstention band around the threshold.</param>
/// <param name="Attendance">Probability of being present.</param>
/// <param name="AssessedPayment">Probability of paying a year's assessed contribution in full.</param>
public sealed record Behaviour(BehaviourValue ConsensusBreakPropensity, BehaviourValue AbstentionBand, BehaviourValue Attendance, BehaviourValue AssessedPayment);
