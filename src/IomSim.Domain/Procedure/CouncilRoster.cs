using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>Who sits in the body for an item, with what each brings to it.</summary>
/// <param name="Members">The members, each once.</param>
/// <param name="BlocsOf">The blocs each member belongs to on the item's date.</param>
/// <param name="RelationToSubject">Each member's relation to the item's subject (missing: none documented).</param>
/// <param name="NotEntitled">Members that may not vote (arrears).</param>
public sealed record CouncilRoster(
    ImmutableArray<MemberProfile> Members,
    ImmutableDictionary<StateCode, ImmutableArray<string>> BlocsOf,
    ImmutableDictionary<StateCode, double> RelationToSubject,
    ImmutableHashSet<StateCode> NotEntitled)
{
    /// <summary>Members that ask for a formal vote whatever their own view (a request on record).</summary>
    public ImmutableHashSet<StateCode> FormalVoteRequestedBy { get; init; } = [];

    /// <summary>Who received money from whom in the latest budget year (for donors' influence; none by default).</summary>
    public FundingTies Ties { get; init; } = FundingTies.None;

    /// <summary>A roster of members in no bloc, with no relations and all entitled to vote.</summary>
    public static CouncilRoster Of(IEnumerable<MemberProfile> members) =>
        new([.. members], ImmutableDictionary<StateCode, ImmutableArray<string>>.Empty, ImmutableDictionary<StateCode, double>.Empty, []);

    /// <summary>What bears on one member's view of the item, given its bloc signal.</summary>
    public MotionContext ContextFor(StateCode member, double? blocSignal) =>
        new(RelationToSubject.GetValueOrDefault(member), blocSignal, 0.0);
}
