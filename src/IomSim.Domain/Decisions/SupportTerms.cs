namespace IomSim.Domain.Decisions;

/// <summary>
/// The terms of one member's case for yes on one motion, on the logit scale, before its blocs: each is what the
/// narrative can name as having weighed most.
/// </summary>
/// <param name="Baseline">The kind's baseline (0 for a motion placed from roll calls, whose cuts carry it).</param>
/// <param name="Position">Its position against the motion's: minus the weighted distance, or the ideal point's support less the item's midpoint.</param>
/// <param name="Relation">Its relation to the motion's subject.</param>
/// <param name="Donors">Its donors' pull.</param>
/// <param name="LowerCut">The cut between no and abstain, on the same scale (minus the half-band).</param>
internal readonly record struct SupportTerms(double Baseline, double Position, double Relation, double Donors, double LowerCut)
{
    /// <summary>The member's own support: the sum of the terms.</summary>
    public double Own => Baseline + Position + Relation + Donors;
}
