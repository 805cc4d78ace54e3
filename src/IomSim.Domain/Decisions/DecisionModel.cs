using IomSim.Domain.Randomness;

namespace IomSim.Domain.Decisions;

/// <summary>
/// How a member state responds to a motion: four choices — yes, no, abstain, not voting — each with its own drivers,
/// sampled from <see cref="VoteChoiceModel"/>. The case for yes (latent support, logit scale) is the sum of terms: for a
/// motion placed from roll calls, the member's ideal point against the motion's item parameters; otherwise the kind's
/// baseline less its distance from the motion (an admission sits at the applicant's position). Its relation to the
/// motion's subject and its donors' pull add to it, and it moves part of the way towards its blocs' mean view. Its
/// habits of abstaining and of not voting on the motion's issue, from the UN roll calls, set how often it abstains or
/// stays away. Strongly against, it objects to consensus, and may insist on a formal vote.
/// </summary>
public sealed class DecisionModel(DecisionParameters parameters)
{
    /// <summary>A model with the default parameters.</summary>
    public static DecisionModel Default { get; } = new(DecisionParameters.Default);

    /// <summary>The weights in use.</summary>
    public DecisionParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    private readonly VoteChoiceModel _choices = new(parameters.Choices);

    /// <summary>
    /// The member's own support for the motion, before its blocs and chance: what its blocs average over. On the logit
    /// scale of the choice model, except for an election candidate, which keeps the ballot's utility scale.
    /// </summary>
    public double BaseUtility(MemberProfile member, Motion motion, in MotionContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(motion);
        if (motion.Kind == MotionKind.Election)
        {
            return Parameters.BaselineFor(motion.Kind)
                - (Parameters.DistanceWeight * member.Position.DistanceTo(motion.Position))
                + (Parameters.RelationWeight * context.RelationToSubject)
                + (Parameters.DonorInfluence * context.DonorPull);
        }

        var terms = Terms(MemberStance.Of(member, motion), context);
        return terms.Own;
    }

    /// <summary>
    /// The member's decision. Draws exactly two numbers from <paramref name="random"/>, in a fixed order (the choice,
    /// then insistence), whatever the outcome, so that one draw never shifts another.
    /// </summary>
    public MemberDecision Decide(MemberProfile member, Motion motion, in MotionContext context, RandomStream random) =>
        Decide(MemberStance.Of(member, motion), context, random);

    /// <summary>The same decision as <see cref="Decide(MemberProfile, Motion, in MotionContext, RandomStream)"/>, from a stance looked up before.</summary>
    public MemberDecision Decide(in MemberStance stance, in MotionContext context, RandomStream random)
    {
        var member = stance.Member ?? throw new ArgumentException("The stance has no member.", nameof(stance));
        var motion = stance.Motion;
        var draw = random.NextDouble();
        var insistence = random.NextDouble();

        var terms = Terms(stance, context);
        var bloc = context.BlocSignal is { } signal ? Parameters.BlocCohesion * (signal - terms.Own) : 0.0;
        var support = terms.Own + bloc;
        var p = Probabilities(stance, terms, bloc);
        var vote = draw < p.Yes ? Vote.Yes
            : draw < p.Yes + p.No ? Vote.No
            : draw < p.Yes + p.No + p.Abstain ? Vote.Abstain
            : Vote.Absent;

        // Only a member that is there and votes against, with its view clearly on the no side of the motion's lower cut,
        // objects to adoption by consensus: a chance "no" from a member that mostly favours it is no objection.
        var objects = vote == Vote.No && support - terms.LowerCut < -Parameters.ObjectionThreshold * Parameters.LogitScale;
        var reason = ReasonFor(vote, motion, terms, bloc);
        return new MemberDecision(vote != Vote.Absent, support, objects, objects && insistence < member.ConsensusBreakPropensity, vote, reason);
    }

    /// <summary>The four probabilities for the member on the motion, given its context (what <see cref="Decide(MemberProfile, Motion, in MotionContext, RandomStream)"/> samples from).</summary>
    public ChoiceProbabilities Probabilities(MemberProfile member, Motion motion, in MotionContext context)
    {
        var stance = MemberStance.Of(member, motion);
        var terms = Terms(stance, context);
        var bloc = context.BlocSignal is { } signal ? Parameters.BlocCohesion * (signal - terms.Own) : 0.0;
        return Probabilities(stance, terms, bloc);
    }

    private ChoiceProbabilities Probabilities(in MemberStance stance, in SupportTerms terms, double bloc)
    {
        var (member, motion, habit) = (stance.Member, stance.Motion, stance.Habit);

        // A set attendance of 1 or 0 (a request on record, a scenario's attendance) is certain, whatever the shift; the
        // choice model floors estimated rates away from 0 and 1.
        var notVoting = habit.NotVotingRate <= 0 ? double.NegativeInfinity
            : habit.NotVotingRate >= 1 ? double.PositiveInfinity
            : motion.NotVotingShift;
        if (motion.Item is { } placed)
        {
            // The choice model adds discrimination · ideal point itself; the rest of the case for yes is a shift.
            return _choices.Probabilities(stance.Point, habit, placed, new ChoiceShifts(terms.Relation + terms.Donors + bloc, notVoting));
        }

        var band = member.AbstentionBand * Parameters.LogitScale;
        var item = new ItemParameters(IdealCoordinates.Zero, -band, band);
        return _choices.Probabilities(IdealCoordinates.Zero, habit, item, new ChoiceShifts(terms.Own + bloc, notVoting));
    }

    // The terms of the case for yes, on the logit scale. For a placed motion the position term is the ideal point's
    // support less the item's midpoint, so that, as for a motion weighed by distance, zero sits in the middle of the
    // abstention band.
    private SupportTerms Terms(in MemberStance stance, in MotionContext context)
    {
        var (member, motion) = (stance.Member, stance.Motion);
        var scale = Parameters.LogitScale;
        var relation = scale * Parameters.RelationWeight * context.RelationToSubject;
        var donors = scale * Parameters.DonorInfluence * context.DonorPull;
        if (motion.Item is { } item)
        {
            var position = item.Discrimination.Dot(stance.Point) - item.Midpoint;
            return new SupportTerms(0.0, position, relation, donors, item.LowerCut - item.Midpoint);
        }

        return new SupportTerms(
            scale * Parameters.BaselineFor(motion.Kind),
            -scale * Parameters.DistanceWeight * member.Position.DistanceTo(motion.Position),
            relation,
            donors,
            -member.AbstentionBand * scale);
    }

    // What pushed hardest towards the choice made: for yes the largest term in favour, for no the largest against (the
    // first listed wins a tie); chance when none points that way. Abstaining and staying away are habits' choices, or
    // the documented turnout's when it is what kept members away.
    private static DecisionReason ReasonFor(Vote vote, Motion motion, in SupportTerms terms, double bloc)
    {
        switch (vote)
        {
            case Vote.Abstain:
                return DecisionReason.AbstentionHabit;
            case Vote.Absent:
                return motion.NotVotingShift > 0 ? DecisionReason.Turnout : DecisionReason.NonParticipationHabit;
        }

        var sign = vote == Vote.Yes ? 1.0 : -1.0;
        var best = (Reason: DecisionReason.Chance, Push: 0.0);
        Consider(ref best, sign, terms.Baseline, DecisionReason.BaselineFor, DecisionReason.BaselineAgainst);
        Consider(ref best, sign, terms.Position, DecisionReason.PositionFor, DecisionReason.PositionAgainst);
        Consider(ref best, sign, terms.Relation, DecisionReason.RelationFor, DecisionReason.RelationAgainst);
        Consider(ref best, sign, bloc, DecisionReason.BlocFor, DecisionReason.BlocAgainst);
        Consider(ref best, sign, terms.Donors, DecisionReason.DonorsFor, DecisionReason.DonorsAgainst);
        return best.Reason;
    }

    private static void Consider(ref (DecisionReason Reason, double Push) best, double sign, double value, DecisionReason towardsYes, DecisionReason towardsNo)
    {
        var push = sign * value;
        if (push > best.Push)
        {
            best = (sign > 0 ? towardsYes : towardsNo, push);
        }
    }
}
