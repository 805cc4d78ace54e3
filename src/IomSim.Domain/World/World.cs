using System.Collections.Immutable;

namespace IomSim.Domain.World;

/// <summary>The world's data: states, IOM membership, groups, relations, behaviour, positions and documented outcomes.</summary>
public sealed record World
{
    /// <summary>Every state, by code.</summary>
    public required ImmutableSortedDictionary<StateCode, State> States { get; init; }

    /// <summary>IOM members and observers over time.</summary>
    public required MembershipRegister Membership { get; init; }

    /// <summary>The UN members a source lists as neither IOM members nor observers in 2016.</summary>
    public required ImmutableArray<ListedNonMember> NonMembers2016 { get; init; }

    /// <summary>Group memberships over time.</summary>
    public required GroupRegister Groups { get; init; }

    /// <summary>Documented pairwise relations.</summary>
    public required RelationRegister Relations { get; init; }

    /// <summary>Behaviour parameters and their resolution.</summary>
    public required BehaviourTable Behaviour { get; init; }

    /// <summary>Documented outcomes to replay, by id.</summary>
    public required ImmutableSortedDictionary<string, DocumentedOutcome> Outcomes { get; init; }

    /// <summary>Documented membership counts.</summary>
    public required ImmutableArray<MembershipMilestone> Milestones { get; init; }

    /// <summary>Estimated positions, by state; empty when <see cref="HasPositions"/> is false.</summary>
    public required IReadOnlyDictionary<StateCode, StatePosition> Positions { get; init; }

    /// <summary>False when no positions were available (the positions file was absent).</summary>
    public required bool HasPositions { get; init; }

    /// <summary>Budgets, contributions, donors and the appeal plan; empty when the seeds have no funding files.</summary>
    public IomSim.Domain.Funding.FundingWorld Funding { get; init; } = IomSim.Domain.Funding.FundingWorld.Empty;

    /// <summary>Ideal points in the roll-call model, general and by issue, by state; empty without estimates.</summary>
    public IReadOnlyDictionary<StateCode, IomSim.Domain.Decisions.StateIdealPoints> IdealPoints { get; init; } =
        ImmutableSortedDictionary<StateCode, IomSim.Domain.Decisions.StateIdealPoints>.Empty;

    /// <summary>Habits of not voting and abstaining, overall and by issue, by state; empty without the file.</summary>
    public IReadOnlyDictionary<StateCode, IomSim.Domain.Decisions.StateVoteHabits> VoteHabits { get; init; } =
        ImmutableSortedDictionary<StateCode, IomSim.Domain.Decisions.StateVoteHabits>.Empty;

    /// <summary>The mean habits, for a state without a roll-call record; null without the file.</summary>
    public IomSim.Domain.Decisions.StateVoteHabits? MeanVoteHabits { get; init; }

    /// <summary>The four-choice model's weights fitted on the roll calls (habit only without the file).</summary>
    public IomSim.Domain.Decisions.VoteChoiceParameters VoteChoice { get; init; } = IomSim.Domain.Decisions.VoteChoiceParameters.HabitOnly;

    /// <summary>The UN General Assembly roll calls with fitted item parameters, for placing motions; empty without the file.</summary>
    public RollCallCatalog RollCalls { get; init; } = RollCallCatalog.Empty;

    /// <summary>The behaviour of <paramref name="state"/> on <paramref name="date"/>, resolved through its groups on that day.</summary>
    public Behaviour BehaviourOf(StateCode state, DateOnly date) => Behaviour.For(state, date, Groups);
}
