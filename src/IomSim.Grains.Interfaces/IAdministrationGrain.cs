using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// The Administration, keyed by organisation (<c>iom</c>): the register of members (admission takes effect only when
/// the applicant accepts the Constitution); the budget years: assessed contributions and each member's arrears, which
/// decide who may vote, and the appeals it funds from donors' pledges.
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

    /// <summary>
    /// Runs a budget year: assesses the members and collects what they pay; publishes the appeal as project grains;
    /// asks each contributor for pledges, largest first, each seeing what the projects still need; closes the projects;
    /// and reports where every dollar went.
    /// </summary>
    Task<FundingYearReport> RunFundingYear(FundingYearPlan plan, RunKey run);

    /// <summary>
    /// Reports to the Council in session the members whose arrears reach the Constitution's limit (Art. 4(1)): a year
    /// later, if still in arrears, they lose their vote. Returns the members reported for the first time.
    /// </summary>
    Task<ImmutableArray<StateCode>> ReportArrearsToCouncil(DateOnly sessionDate);

    /// <summary>Who received money from whom in the latest budget year, for donors' influence on votes.</summary>
    Task<FundingTies> Ties();
}
