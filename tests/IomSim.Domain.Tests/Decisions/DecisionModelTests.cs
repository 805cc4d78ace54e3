using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Tests.Decisions;

public sealed class DecisionModelTests
{
    // Noise 0.3 gives the logit scale π/√3 / 0.3 = 6.0460: the stated defaults on the logit scale.
    private static readonly double s_scale = Math.PI / Math.Sqrt(3) / 0.3;
    private static readonly DecisionModel s_model = DecisionModel.Default;
    private static readonly DecisionModel s_noiseless = new(DecisionParameters.Default with { Noise = 0 });
    private static readonly Motion s_admission = new("admit-rus", MotionKind.Admission, new PolicyPosition(-0.8, -0.5), StateCode.Parse("RUS"));

    [Fact]
    public void The_logit_scale_keeps_each_weight_against_chance()
    {
        Assert.Equal(6.0460, DecisionParameters.Default.LogitScale, precision: 4);
    }

    [Fact]
    public void The_base_utility_is_baseline_minus_distance_plus_relation_on_the_logit_scale()
    {
        var member = Member("DEU", 0.6, 0.5);
        var utility = s_model.BaseUtility(member, s_admission, new MotionContext(-0.5, null, 0));

        var expected = s_scale * (1.0 - (0.35 * member.Position.DistanceTo(s_admission.Position)) - (2.0 * 0.5));
        Assert.Equal(expected, utility, precision: 10);
    }

    [Fact]
    public void Four_probabilities_by_hand_for_an_admission_weighed_by_distance()
    {
        // Germany at (0.6, 0.5), Russia at (-0.8, -0.5): distance √(1.96 + 1) = 1.72047; support
        // η = 6.0460 × (1 − 0.35 × 1.72047) = 2.40532. Half-band: the abstention band 0.1 × 6.0460 = 0.60460 (spread 0).
        // Yes σ(η − 0.60460) = 0.85824, abstain σ(η + 0.60460) − yes = 0.95302 − 0.85824 = 0.09478, no 0.04698;
        // not voting: the habit, 0.05.
        var member = Member("DEU", 0.6, 0.5, habits: Habits(notVoting: 0.05));
        var p = s_model.Probabilities(member, s_admission, MotionContext.None);

        Assert.Equal(0.05, p.NotVoting, precision: 6);
        Assert.Equal(0.95 * 0.85824, p.Yes, precision: 4);
        Assert.Equal(0.95 * 0.09478, p.Abstain, precision: 4);
        Assert.Equal(0.95 * 0.04698, p.No, precision: 4);
        Assert.Equal(1.0, p.Yes + p.Abstain + p.No + p.NotVoting, precision: 12);
    }

    [Fact]
    public void A_motion_placed_from_roll_calls_is_weighed_by_the_ideal_point_against_the_item()
    {
        // Discrimination (2, 0), cuts −1 and 1 (midpoint 0), ideal point (0.5, 3): η = 1.0; the second dimension does
        // not count. Yes σ(0) = 0.5, abstain σ(2) − 0.5 = 0.38080, no 0.11920.
        var placed = new Motion("gcm", MotionKind.Ordinary, PolicyPosition.Centre)
        {
            Item = new ItemParameters(new IdealCoordinates(2, 0), -1, 1),
        };
        var member = Member("CHL", 0, 0, habits: Habits(notVoting: 0)) with
        {
            IdealPoints = new MemberIdealPoints(new IdealCoordinates(0.5, 3), ImmutableSortedDictionary<string, IdealCoordinates>.Empty),
        };
        var p = s_model.Probabilities(member, placed, MotionContext.None);

        Assert.Equal(0.5, p.Yes, precision: 3);
        Assert.Equal(0.38080, p.Abstain, precision: 3);
        Assert.Equal(0.11920, p.No, precision: 3);
    }

    [Fact]
    public void An_issue_specific_ideal_point_and_habit_apply_to_a_motion_on_that_issue()
    {
        var hr = new Motion("hr-item", MotionKind.Ordinary, PolicyPosition.Centre)
        {
            Item = new ItemParameters(new IdealCoordinates(1, 0), -1, 1),
            Issues = ["hr"],
        };
        var member = Member("CUB", 0, 0) with
        {
            IdealPoints = new MemberIdealPoints(new IdealCoordinates(0, 0), ImmutableSortedDictionary<string, IdealCoordinates>.Empty.Add("hr", new IdealCoordinates(-3, 0))),
            Habits = new MemberHabits(new VoteHabit(0.02, 0.1, 0), ImmutableSortedDictionary<string, VoteHabit>.Empty.Add("hr", new VoteHabit(0.4, 0.1, 0))),
        };
        var p = s_model.Probabilities(member, hr, MotionContext.None);

        Assert.Equal(0.4, p.NotVoting, precision: 6);
        Assert.True(p.No > p.Yes, $"no {p.No} should exceed yes {p.Yes} at the hr point −3");
    }

    [Fact]
    public void A_documented_turnout_shift_keeps_members_away_on_the_log_odds_scale()
    {
        // Habit 0.1: log-odds −2.19722; shifted by +2.19722 it is 0: half stay away.
        var shifted = s_admission with { NotVotingShift = Math.Log(9) };
        var p = s_model.Probabilities(Member("DEU", 0.6, 0.5, habits: Habits(notVoting: 0.1)), shifted, MotionContext.None);
        Assert.Equal(0.5, p.NotVoting, precision: 10);
    }

    [Fact]
    public void A_member_hostile_to_the_applicant_votes_no_objects_and_insists_when_prone_to_naming_its_relation_against()
    {
        var ukraine = Member("UKR", 0.3, 0.2, consensusBreak: 1.0);
        var decision = s_noiseless.Decide(ukraine, s_admission, new MotionContext(-1.0, null, 0), Stream("UKR"));

        Assert.True(decision.Present);
        Assert.Equal(Vote.No, decision.Vote);
        Assert.True(decision.ObjectsToConsensus);
        Assert.True(decision.RequestsFormalVote);
        Assert.Equal(DecisionReason.RelationAgainst, decision.Reason);
    }

    [Fact]
    public void An_objector_that_is_not_prone_to_break_consensus_only_objects()
    {
        var decision = s_noiseless.Decide(Member("UKR", 0.3, 0.2, consensusBreak: 0.0), s_admission, new MotionContext(-1.0, null, 0), Stream("UKR"));

        Assert.True(decision.ObjectsToConsensus);
        Assert.False(decision.RequestsFormalVote);
    }

    [Fact]
    public void A_yes_names_the_term_that_pushed_hardest_towards_yes()
    {
        // Baseline +1.0 against distance −0.35 × 1.72 and no relation: the baseline pushed towards yes.
        var decision = s_noiseless.Decide(Member("DEU", 0.6, 0.5), s_admission, MotionContext.None, Stream("DEU"));
        Assert.Equal(Vote.Yes, decision.Vote);
        Assert.Equal(DecisionReason.BaselineFor, decision.Reason);
    }

    [Fact]
    public void A_no_names_the_term_that_pushed_hardest_towards_no_even_when_another_term_is_larger_in_favour()
    {
        // Baseline +1.0, relation 2.0 × −0.7 = −1.4, distance −0.35 × 0.5 = −0.175: the case is −0.575 (no), and the
        // relation, not the larger-than-distance baseline, is what pushed towards no.
        var member = Member("GEO", -0.8, 0.0);
        var decision = s_noiseless.Decide(member, s_admission, new MotionContext(-0.7, null, 0), Stream("GEO"));
        Assert.Equal(Vote.No, decision.Vote);
        Assert.Equal(DecisionReason.RelationAgainst, decision.Reason);
    }

    [Fact]
    public void An_abstention_and_a_member_staying_away_are_their_habits_choices()
    {
        // Far from a centre motion with a wide band: certain abstention; a member that never attends: not voting.
        var far = new Motion("m", MotionKind.Admission, new PolicyPosition(-1, 0));
        var wideBand = Member("USA", 1, 0) with { AbstentionBand = 1e3 };
        Assert.Equal(DecisionReason.AbstentionHabit, s_noiseless.Decide(wideBand, far, MotionContext.None, Stream("USA")).Reason);

        var away = s_noiseless.Decide(Member("UKR", 0.3, 0.2, consensusBreak: 1.0, habits: Habits(notVoting: 1)), s_admission, new MotionContext(-1.0, null, 0), Stream("UKR"));
        Assert.False(away.Present);
        Assert.False(away.ObjectsToConsensus);
        Assert.Equal(Vote.Absent, away.Vote);
        Assert.Equal(DecisionReason.NonParticipationHabit, away.Reason);
    }

    [Fact]
    public void A_member_moves_towards_its_blocs_view_by_the_cohesion_weight()
    {
        var member = Member("POL", 0.5, 0.0);
        var own = s_model.BaseUtility(member, s_admission, MotionContext.None);
        var alone = s_model.Decide(member, s_admission, MotionContext.None, Stream("POL"));
        var withBloc = s_model.Decide(member, s_admission, new MotionContext(0, own + 1.0, 0), Stream("POL"));

        Assert.Equal(own, alone.Utility, precision: 12);
        Assert.Equal(own + 0.5, withBloc.Utility, precision: 12);
    }

    [Fact]
    public void Sampled_choices_follow_the_four_probabilities()
    {
        // 20,000 independent streams: each share within 0.015 of its probability (about 4.5 standard errors at most).
        var member = Member("DEU", 0.6, 0.5, habits: Habits(notVoting: 0.2));
        var p = s_model.Probabilities(member, s_admission, MotionContext.None);
        var counts = new Dictionary<Vote, int>();
        const int Runs = 20_000;
        for (var run = 0; run < Runs; run++)
        {
            var vote = s_model.Decide(member, s_admission, MotionContext.None, RandomStream.For(7, run, "DEU", s_admission.Id)).Vote;
            counts[vote] = counts.GetValueOrDefault(vote) + 1;
        }

        foreach (var vote in new[] { Vote.Yes, Vote.Abstain, Vote.No, Vote.Absent })
        {
            Assert.InRange((double)counts.GetValueOrDefault(vote) / Runs, p.Of(vote) - 0.015, p.Of(vote) + 0.015);
        }
    }

    [Fact]
    public void The_same_member_motion_and_stream_give_the_same_decision()
    {
        var first = s_model.Decide(Member("HND", 0.1, 0.0), s_admission, MotionContext.None, Stream("HND"));
        var second = s_model.Decide(Member("HND", 0.1, 0.0), s_admission, MotionContext.None, Stream("HND"));
        Assert.Equal(first, second);
    }

    private static RandomStream Stream(string state) => RandomStream.For(2020, 0, state, s_admission.Id);

    private static MemberHabits Habits(double notVoting) => MemberHabits.Average with { Overall = new VoteHabit(notVoting, 0.1, 0) };

    private static MemberProfile Member(string code, double alignment, double rights, double consensusBreak = 0.2, MemberHabits? habits = null) =>
        new(StateCode.Parse(code), new PolicyPosition(alignment, rights), consensusBreak, 0.1, 1.0) { Habits = habits ?? Habits(notVoting: 0) };
}
