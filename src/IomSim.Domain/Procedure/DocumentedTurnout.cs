using IomSim.Domain.Decisions;

namespace IomSim.Domain.Procedure;

/// <summary>
/// A session's documented turnout as a scenario input: the one shift of every member's log-odds of not voting that
/// makes the expected number taking part (voting yes, no or abstaining) the documented one. Members keep their own
/// habits relative to each other; only the level moves. A member whose request for a vote is on record stays present.
/// </summary>
public static class DocumentedTurnout
{
    private const int Steps = 100;
    private const double Range = 30;

    /// <summary>
    /// The shift (added to <see cref="Motion.NotVotingShift"/>) for <paramref name="takingPart"/> members taking part,
    /// found by bisection; the blocs' views are those of the members' base utilities, without donors' pull.
    /// </summary>
    public static double NotVotingShift(Motion motion, CouncilRoster roster, DecisionModel model, int takingPart)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(model);
        var count = roster.Members.Length;
        var layout = BlocLayout.Of(roster);
        var baseUtilities = new double[count];
        for (var i = 0; i < count; i++)
        {
            var member = roster.Members[i];
            baseUtilities[i] = model.BaseUtility(member, motion, roster.ContextFor(member.Code, blocSignal: null));
        }

        var signals = layout.Signals(baseUtilities);
        double Expected(double shift)
        {
            var shifted = motion with { NotVotingShift = motion.NotVotingShift + shift };
            var sum = 0.0;
            for (var i = 0; i < count; i++)
            {
                var member = roster.Members[i];
                sum += 1.0 - model.Probabilities(member, shifted, roster.ContextFor(member.Code, signals[i])).NotVoting;
            }

            return sum;
        }

        // Expected turnout falls as the shift rises.
        double low = -Range, high = Range;
        for (var step = 0; step < Steps; step++)
        {
            var middle = (low + high) / 2;
            if (Expected(middle) > takingPart)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }
}
