namespace IomSim.Domain.Decisions;

/// <summary>
/// The probabilities of yes, abstain, no and not voting for one state on one item: the single formula the simulation
/// samples from and the backtest scores. Pure, no I/O.
/// <list type="number">
/// <item>Latent support η = discrimination · ideal point + shifts.</item>
/// <item>Among votes cast, an ordered logit yes &gt; abstain &gt; no: the item's cuts, with the abstention band's
/// half-width multiplied by exp(the state's abstention spread).</item>
/// <item>Not voting: the state's habit on the item's issue (log-odds), raised by ambivalence where fitted, plus the
/// not-voting shift.</item>
/// </list>
/// </summary>
public sealed class VoteChoiceModel(VoteChoiceParameters parameters)
{
    /// <summary>A model with no ambivalence effect on not voting.</summary>
    public static VoteChoiceModel HabitOnly { get; } = new(VoteChoiceParameters.HabitOnly);

    /// <summary>The weights in use.</summary>
    public VoteChoiceParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>The four probabilities for a state at <paramref name="point"/> with <paramref name="habit"/>.</summary>
    public ChoiceProbabilities Probabilities(IdealCoordinates point, VoteHabit habit, ItemParameters item, ChoiceShifts shifts)
    {
        throw new NotImplementedException();
    }

    /// <summary>
    /// The four probabilities, picking the state's point and habit for the item's <paramref name="issues"/>.
    /// </summary>
    public ChoiceProbabilities Probabilities(
        StateIdealPoints points, StateVoteHabits habits, ItemParameters item, IReadOnlyCollection<string> issues, ChoiceShifts shifts)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(habits);
        return Probabilities(points.For(issues), habits.For(issues), item, shifts);
    }
}
