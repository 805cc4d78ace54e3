namespace IomSim.Domain.Procedure;

/// <summary>
/// A member's arrears, for the Constitution's Art. 4(1) (as amended in 1998, in force since 2013): a member loses
/// its vote when its arrears equal or exceed the contributions due from it for the two preceding full years, but only
/// one year after the Council was told so and if the arrears are still that large; the Council may keep or restore
/// the vote by simple majority.
/// </summary>
/// <param name="Arrears">Unpaid assessed contributions.</param>
/// <param name="DueForPrecedingTwoYears">Assessed contributions due for the two preceding full years.</param>
/// <param name="CouncilNotified">When the Council was told the member was in arrears to that extent; null if never.</param>
/// <param name="RestoredByCouncil">Whether the Council decided to keep or restore the member's vote.</param>
public sealed record ArrearsStanding(decimal Arrears, decimal DueForPrecedingTwoYears, DateOnly? CouncilNotified, bool RestoredByCouncil)
{
    /// <summary>A member with nothing owed.</summary>
    public static ArrearsStanding None { get; } = new(0m, 0m, null, false);

    /// <summary>Whether the arrears are large enough to cost the vote (when the delay has run).</summary>
    public bool ReachesTheLimit => DueForPrecedingTwoYears > 0 && Arrears >= DueForPrecedingTwoYears;

    /// <summary>Whether the member may vote on <paramref name="date"/>.</summary>
    public bool MayVoteOn(DateOnly date) =>
        RestoredByCouncil || !ReachesTheLimit || CouncilNotified is not { } notified || date < notified.AddYears(1);
}
