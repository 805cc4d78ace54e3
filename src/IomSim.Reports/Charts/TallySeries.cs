namespace IomSim.Reports.Charts;

/// <summary>One tally to draw: the simulated means or a documented source's count.</summary>
/// <param name="Label">Whose tally (<c>simulated</c>, <c>documented [2]</c>).</param>
/// <param name="Yes">Yes votes.</param>
/// <param name="No">No votes.</param>
/// <param name="Abstain">Abstentions.</param>
public sealed record TallySeries(string Label, double Yes, double No, double Abstain);
