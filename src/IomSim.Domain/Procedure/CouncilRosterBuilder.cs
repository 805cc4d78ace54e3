using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>Builds the Council for an item from the seeded world: who sits on that day, with what position, behaviour, blocs and relations.</summary>
public static class CouncilRosterBuilder
{
    /// <summary>
    /// The groups treated as voting blocs by default: those that coordinate positions in multilateral votes. UN regional
    /// groups, the G77 and NATO are left out: they are electoral or wide coalitions, not voting blocs on IOM business.
    /// A modelling assumption, stated in docs/decision-model.md.
    /// </summary>
    public static ImmutableArray<string> DefaultVotingBlocs { get; } = ["EU", "CIS", "AU", "ASEAN"];

    /// <summary>The roster for a motion decided on <paramref name="day"/>.</summary>
    /// <exception cref="InvalidOperationException">A member has no estimated or default position.</exception>
    public static CouncilRoster For(
        World.World world,
        DateOnly day,
        Motion motion,
        ImmutableHashSet<StateCode>? notEntitled = null,
        IEnumerable<string>? votingBlocs = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        return For(world, world.Membership.MembersOn(day), day, motion, notEntitled, votingBlocs);
    }

    /// <summary>The roster of a given set of members (e.g. the UN General Assembly's) for a motion decided on <paramref name="day"/>.</summary>
    public static CouncilRoster For(
        World.World world,
        IEnumerable<StateCode> sitting,
        DateOnly day,
        Motion motion,
        ImmutableHashSet<StateCode>? notEntitled = null,
        IEnumerable<string>? votingBlocs = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(motion);
        var blocs = (votingBlocs ?? DefaultVotingBlocs).ToImmutableHashSet(StringComparer.Ordinal);
        var members = sitting.Order().ToImmutableArray();

        var profiles = members.Select(code =>
        {
            var position = world.Positions.TryGetValue(code, out var estimated)
                ? estimated.Position
                : throw new InvalidOperationException($"{code} sits in the Council on {day:yyyy-MM-dd} but has no position in seeds/positions.csv.");
            var behaviour = world.BehaviourOf(code, day);
            var profile = new MemberProfile(code, position, behaviour.ConsensusBreakPropensity.Value, behaviour.AbstentionBand.Value, behaviour.Attendance.Value);

            // Ideal points and habits from the UN roll calls where the state has a record; the average state's where not.
            return profile with
            {
                IdealPoints = world.IdealPoints.TryGetValue(code, out var points) ? MemberIdealPoints.Of(points) : profile.IdealPoints,
                Habits = world.VoteHabits.TryGetValue(code, out var habits) ? MemberHabits.Of(habits)
                    : world.MeanVoteHabits is { } mean ? MemberHabits.Of(mean)
                    : profile.Habits,
            };
        }).ToImmutableArray();

        var blocsOf = members.ToImmutableDictionary(
            code => code,
            code => world.Groups.GroupsOf(code, day).Where(blocs.Contains).ToImmutableArray());
        var relations = motion.Subject is { } subject
            ? members
                .Select(code => (Code: code, Weight: world.Relations.WeightFrom(code, subject, day)))
                .Where(r => r.Weight is not null)
                .ToImmutableDictionary(r => r.Code, r => r.Weight!.Value)
            : ImmutableDictionary<StateCode, double>.Empty;

        return new CouncilRoster(profiles, blocsOf, relations, notEntitled ?? []);
    }
}
