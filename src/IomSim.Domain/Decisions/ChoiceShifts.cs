namespace IomSim.Domain.Decisions;

/// <summary>
/// What moves a state's choice beyond its ideal point and habits, summed by the caller (relations to the motion's
/// subject, blocs, donors): each on the logit scale of <see cref="VoteChoiceModel"/>.
/// </summary>
/// <param name="Support">Added to the latent support η: positive moves towards yes, negative towards no.</param>
/// <param name="NotVoting">Added to the log-odds of recording no vote: positive keeps the state away.</param>
public readonly record struct ChoiceShifts(double Support, double NotVoting)
{
    /// <summary>No shift.</summary>
    public static ChoiceShifts None { get; } = new(0, 0);
}
