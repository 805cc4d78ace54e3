using IomSim.Domain.Randomness;

namespace IomSim.Domain.Decisions;

/// <summary>
/// How a member state responds to a motion. Its own utility is the motion kind's baseline, less its distance from
/// the motion, plus its relation to the motion's subject and any pull from its donors. It then moves part of the way
/// towards its blocs' mean view, and a random term is added. Above the abstention band it votes yes, below it no,
/// inside it abstains; far enough below zero it objects to consensus, and may insist on a formal vote.
/// </summary>
public sealed class DecisionModel(DecisionParameters parameters)
{
    /// <summary>A model with the default parameters.</summary>
    public static DecisionModel Default { get; } = new(DecisionParameters.Default);

    /// <summary>The weights in use.</summary>
    public DecisionParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>
    /// The member's own utility for the motion, before its blocs and chance: what its blocs average over.
    /// </summary>
    public double BaseUtility(MemberProfile member, Motion motion, in MotionContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(motion);
        return Parameters.BaselineFor(motion.Kind)
            - (Parameters.DistanceWeight * member.Position.DistanceTo(motion.Position))
            + (Parameters.RelationWeight * context.RelationToSubject)
            + (Parameters.DonorInfluence * context.DonorPull);
    }

    /// <summary>
    /// The member's decision. Draws exactly three numbers from <paramref name="random"/>, in a fixed order
    /// (attendance, random term, insistence), whatever the outcome, so that one draw never shifts another.
    /// </summary>
    public MemberDecision Decide(MemberProfile member, Motion motion, in MotionContext context, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(motion);
        var present = random.NextBernoulli(member.Attendance);
        var chance = random.NextGaussian() * Parameters.Noise;
        var insistence = random.NextDouble();

        var baseline = Parameters.BaselineFor(motion.Kind);
        var distance = -Parameters.DistanceWeight * member.Position.DistanceTo(motion.Position);
        var relation = Parameters.RelationWeight * context.RelationToSubject;
        var donors = Parameters.DonorInfluence * context.DonorPull;
        var own = baseline + distance + relation + donors;
        var bloc = context.BlocSignal is { } signal ? Parameters.BlocCohesion * (signal - own) : 0.0;
        var utility = own + bloc + chance;

        if (!present)
        {
            return new MemberDecision(false, utility, false, false, Vote.Absent, DecisionReason.Absent);
        }

        var objects = utility < -Parameters.ObjectionThreshold;
        var vote = utility > member.AbstentionBand ? Vote.Yes
            : utility < -member.AbstentionBand ? Vote.No
            : Vote.Abstain;
        var reason = LargestOf(
            (DecisionReason.Baseline, baseline),
            (DecisionReason.Distance, distance),
            (DecisionReason.Relation, relation),
            (DecisionReason.Bloc, bloc),
            (DecisionReason.Donors, donors),
            (DecisionReason.Chance, chance));
        return new MemberDecision(true, utility, objects, objects && insistence < member.ConsensusBreakPropensity, vote, reason);
    }

    /// <summary>The contribution with the largest magnitude; the first listed wins a tie.</summary>
    private static DecisionReason LargestOf(params ReadOnlySpan<(DecisionReason Reason, double Value)> parts)
    {
        var best = parts[0];
        foreach (var part in parts[1..])
        {
            if (Math.Abs(part.Value) > Math.Abs(best.Value))
            {
                best = part;
            }
        }

        return best.Reason;
    }
}
