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
    // A habit of exactly 0 or 1 would make not voting certain or impossible whatever else holds.
    private const double RateFloor = 1e-4;

    /// <summary>A model with no ambivalence effect on not voting.</summary>
    public static VoteChoiceModel HabitOnly { get; } = new(VoteChoiceParameters.HabitOnly);

    /// <summary>The weights in use.</summary>
    public VoteChoiceParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>The four probabilities for a state at <paramref name="point"/> with <paramref name="habit"/>.</summary>
    public ChoiceProbabilities Probabilities(IdealCoordinates point, VoteHabit habit, ItemParameters item, ChoiceShifts shifts)
    {
        ArgumentNullException.ThrowIfNull(habit);
        ArgumentNullException.ThrowIfNull(item);
        var (yes, abstain, no) = AmongVotesCast(point, habit.AbstentionSpread, item, shifts.Support);
        var ambivalence = 1.0 - Math.Abs(yes - no);
        var rate = Math.Clamp(habit.NotVotingRate, RateFloor, 1.0 - RateFloor);
        var logOdds = Math.Log(rate / (1.0 - rate))
            + (Parameters.AmbivalenceWeight * (ambivalence - Parameters.MeanAmbivalence))
            + shifts.NotVoting;
        var notVoting = Logistic(logOdds);
        var voting = 1.0 - notVoting;
        return new ChoiceProbabilities(voting * yes, voting * abstain, voting * no, notVoting);
    }

    /// <summary>
    /// The ordered logit among votes cast: yes, abstain and no for latent support η = discrimination · point +
    /// <paramref name="support"/>, with the abstention band's half-width times exp(<paramref name="spread"/>).
    /// </summary>
    public static (double Yes, double Abstain, double No) AmongVotesCast(IdealCoordinates point, double spread, ItemParameters item, double support)
    {
        ArgumentNullException.ThrowIfNull(item);
        var eta = item.Discrimination.Dot(point) + support;
        var half = item.HalfBand * Math.Exp(spread);
        var atLeastAbstain = Logistic(eta - (item.Midpoint - half));
        var yes = Logistic(eta - (item.Midpoint + half));
        var abstain = Math.Max(0.0, atLeastAbstain - yes);
        return (yes, abstain, 1.0 - atLeastAbstain);
    }

    /// <summary>The logistic function, written so that neither tail overflows.</summary>
    public static double Logistic(double x) => x >= 0 ? 1.0 / (1.0 + Math.Exp(-x)) : Math.Exp(x) / (1.0 + Math.Exp(x));

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
