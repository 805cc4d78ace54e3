namespace IomSim.Domain.Decisions;

/// <summary>
/// What a member brings to every run of one motion, looked up once: its voting habit and its ideal point on the
/// motion's issues. A member deciding a batch of runs looks them up once for the batch instead of once per run.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="Motion">The motion.</param>
/// <param name="Habit">Its habit on the motion's issues.</param>
/// <param name="Point">Its ideal point on the motion's issues (the origin for a motion not placed from roll calls, which no point enters).</param>
public readonly record struct MemberStance(MemberProfile Member, Motion Motion, VoteHabit Habit, IdealCoordinates Point)
{
    /// <summary>The stance of <paramref name="member"/> on <paramref name="motion"/>.</summary>
    public static MemberStance Of(MemberProfile member, Motion motion)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(motion);
        var point = motion.Item is null ? IdealCoordinates.Zero : member.IdealPoints.For(motion.Issues);
        return new(member, motion, member.Habits.For(motion.Issues), point);
    }
}
