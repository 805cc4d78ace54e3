namespace IomSim.Scenarios.Model;

/// <summary>A state's behaviour as the scenario sets it; null fields keep the seeded value.</summary>
public sealed record BehaviourOverride(double? ConsensusBreakPropensity, double? AbstentionBand, double? Attendance);
