namespace IomSim.Domain.Decisions;

/// <summary>
/// The weights of <see cref="VoteChoiceModel"/> beyond the state's and the item's own parameters, fitted on the roll
/// calls with the ideal points (docs/positions.md says on which).
/// </summary>
public sealed record VoteChoiceParameters
{
    /// <summary>
    /// How much ambivalence (yes and no about equally likely) raises the log-odds of not voting, per unit of
    /// ambivalence above <see cref="MeanAmbivalence"/>. 0 when the data gives no support for it.
    /// </summary>
    public double AmbivalenceWeight { get; init; }

    /// <summary>The mean ambivalence over the training votes, so the habit stays the average rate.</summary>
    public double MeanAmbivalence { get; init; }

    /// <summary>No ambivalence effect: not voting follows the habit alone.</summary>
    public static VoteChoiceParameters HabitOnly { get; } = new();
}
