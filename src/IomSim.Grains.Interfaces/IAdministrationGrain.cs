using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// The Administration, keyed by organisation (<c>iom</c>): the register of members (admission takes effect only when
/// the applicant accepts the Constitution) and each member's arrears, which decide who may vote.
/// </summary>
public interface IAdministrationGrain : IGrainWithStringKey
{
    /// <summary>Registers members with the dates their membership took effect.</summary>
    Task Register(ImmutableSortedDictionary<StateCode, DateOnly> members);

    /// <summary>Records the Council's approval of an application; the applicant is not yet a member.</summary>
    Task RecordApproval(StateCode applicant, DateOnly approved);

    /// <summary>Records the applicant's acceptance of the Constitution: it is a member from that day.</summary>
    /// <exception cref="InvalidOperationException">The Council has not approved the application.</exception>
    Task RecordAcceptance(StateCode applicant, DateOnly accepted);

    /// <summary>Records a member's arrears.</summary>
    Task RecordArrears(StateCode member, ArrearsStanding standing);

    /// <summary>The members on a day, in code order.</summary>
    Task<ImmutableArray<StateCode>> MembersOn(DateOnly day);

    /// <summary>The members on a day who may not vote because of their arrears.</summary>
    Task<ImmutableHashSet<StateCode>> NotEntitledOn(DateOnly day);
}
