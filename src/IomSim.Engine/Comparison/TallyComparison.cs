namespace IomSim.Engine.Comparison;

/// <summary>One documented tally beside the simulated means.</summary>
/// <param name="Source">Who reported the tally.</param>
/// <param name="Yes">Documented yes.</param>
/// <param name="No">Documented no.</param>
/// <param name="Abstain">Documented abstentions.</param>
/// <param name="SimulatedYes">Mean simulated yes (runs with a formal vote).</param>
/// <param name="SimulatedNo">Mean simulated no.</param>
/// <param name="SimulatedAbstain">Mean simulated abstentions.</param>
/// <param name="TallyError">Mean absolute error over yes, no and abstain, in votes.</param>
public sealed record TallyComparison(
    string Source,
    int Yes,
    int No,
    int Abstain,
    double SimulatedYes,
    double SimulatedNo,
    double SimulatedAbstain,
    double TallyError);
