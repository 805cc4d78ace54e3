using FsCheck;
using FsCheck.Fluent;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.Tests.Decisions;

/// <summary>The four-choice vote function: each choice moves with its own driver, and the probabilities always add up.</summary>
public sealed class VoteChoiceModelTests
{
    private static readonly ItemParameters s_item = new(new IdealCoordinates(2.0, 0.0), -1.0, 1.0);
    private static readonly VoteHabit s_habit = new(0.05, 0.1, 0.0);

    [Fact]
    public void A_state_far_along_the_discrimination_votes_yes_one_far_against_votes_no()
    {
        var model = VoteChoiceModel.HabitOnly;
        var friend = model.Probabilities(new IdealCoordinates(3, 0), s_habit, s_item, ChoiceShifts.None);
        var foe = model.Probabilities(new IdealCoordinates(-3, 0), s_habit, s_item, ChoiceShifts.None);
        Assert.True(friend.Yes > 0.9, $"{friend}");
        Assert.True(foe.No > 0.9, $"{foe}");
        Assert.Equal(Vote.Yes, friend.MostLikely());
        Assert.Equal(Vote.No, foe.MostLikely());
    }

    [Fact]
    public void The_abstention_spread_widens_the_band_a_state_abstains_in()
    {
        var model = VoteChoiceModel.HabitOnly;
        var centre = IdealCoordinates.Zero;
        var narrow = model.Probabilities(centre, s_habit with { AbstentionSpread = -1 }, s_item, ChoiceShifts.None);
        var wide = model.Probabilities(centre, s_habit with { AbstentionSpread = 1 }, s_item, ChoiceShifts.None);
        Assert.True(wide.Abstain > narrow.Abstain + 0.3, $"{narrow} vs {wide}");
        Assert.Equal(Vote.Abstain, wide.MostLikely());
    }

    [Fact]
    public void Without_ambivalence_weight_not_voting_is_the_habit_exactly()
    {
        var p = VoteChoiceModel.HabitOnly.Probabilities(new IdealCoordinates(0.3, -2), new VoteHabit(0.2, 0.1, 0.4), s_item, ChoiceShifts.None);
        Assert.Equal(0.2, p.NotVoting, 12);
    }

    [Fact]
    public void Ambivalence_raises_not_voting_when_its_weight_is_positive()
    {
        var model = new VoteChoiceModel(new VoteChoiceParameters { AmbivalenceWeight = 2.0, MeanAmbivalence = 0.2 });
        var torn = model.Probabilities(IdealCoordinates.Zero, s_habit, new ItemParameters(new IdealCoordinates(1, 0), -0.2, 0.2), ChoiceShifts.None);
        var sure = model.Probabilities(new IdealCoordinates(5, 0), s_habit, s_item, ChoiceShifts.None);
        Assert.True(torn.NotVoting > s_habit.NotVotingRate, $"{torn}");
        Assert.True(sure.NotVoting < s_habit.NotVotingRate, $"{sure}");
    }

    [Fact]
    public void Shifts_move_support_and_turnout_in_their_direction()
    {
        var model = VoteChoiceModel.HabitOnly;
        var plain = model.Probabilities(IdealCoordinates.Zero, s_habit, s_item, ChoiceShifts.None);
        var pulled = model.Probabilities(IdealCoordinates.Zero, s_habit, s_item, new ChoiceShifts(1.5, 0));
        var away = model.Probabilities(IdealCoordinates.Zero, s_habit, s_item, new ChoiceShifts(0, 2));
        Assert.True(pulled.Yes > plain.Yes && pulled.No < plain.No);
        Assert.True(away.NotVoting > plain.NotVoting);
    }

    [Fact]
    public void Issue_specific_points_and_habits_apply_to_items_of_their_issue()
    {
        var points = new StateIdealPoints(
            new IdealCoordinates(1, 0),
            new Dictionary<string, IdealCoordinates>(StringComparer.Ordinal) { ["hr"] = new(2, 1), ["ec"] = new(0, 0) });
        Assert.Equal(new IdealCoordinates(1, 0), points.For([]));
        Assert.Equal(new IdealCoordinates(2, 1), points.For(["hr"]));
        Assert.Equal(new IdealCoordinates(1, 1), points.For(["hr", "ec"]));
        var habits = new StateVoteHabits(new VoteHabit(0.1, 0.1, 0), new Dictionary<string, VoteHabit>(StringComparer.Ordinal) { ["hr"] = new(0.3, 0.2, 0.5) });
        Assert.Equal(0.3, habits.For(["hr", "me"]).NotVotingRate);
        Assert.Equal(0.1, habits.For(["me"]).NotVotingRate);
    }

    [Fact]
    public void The_four_probabilities_are_each_between_0_and_1_and_sum_to_1()
    {
        var finite = Gen.Choose(-100_000, 100_000).Select(i => i / 1000.0);
        var cases =
            from x1 in finite
            from x2 in finite
            from b1 in finite
            from b2 in finite
            from lower in finite
            from width in Gen.Choose(1, 200_000).Select(i => i / 1000.0)
            from rate in Gen.Choose(0, 1000).Select(i => i / 1000.0)
            from spread in Gen.Choose(-5_000, 5_000).Select(i => i / 1000.0)
            from support in finite
            from turnout in finite
            from weight in Gen.Choose(-5_000, 5_000).Select(i => i / 1000.0)
            select (x1, x2, b1, b2, lower, width, rate, spread, support, turnout, weight);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var model = new VoteChoiceModel(new VoteChoiceParameters { AmbivalenceWeight = c.weight, MeanAmbivalence = 0.3 });
            var p = model.Probabilities(
                new IdealCoordinates(c.x1, c.x2),
                new VoteHabit(c.rate, 0.1, c.spread),
                new ItemParameters(new IdealCoordinates(c.b1, c.b2), c.lower, c.lower + c.width),
                new ChoiceShifts(c.support, c.turnout));
            double[] all = [p.Yes, p.Abstain, p.No, p.NotVoting];
            return all.All(v => v is >= 0 and <= 1 && double.IsFinite(v)) && Math.Abs(all.Sum() - 1.0) < 1e-9;
        }).QuickCheckThrowOnFailure();
    }
}
