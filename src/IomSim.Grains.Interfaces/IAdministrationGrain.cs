using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;

namespace IomSim.Grains;

/// <summary>
/// The Administration of one lane (see <see cref="LaneKeys"/>), with a register per run of the batch in hand: the
/// members (admission takes effect only when the applicant accepts the Constitution); the budget years: assessed
/// contributions and each member's arrears, which decide who may vote, and the appeals it funds from donors' pledges.
/// A register lasts as long as its batch: the first call for another batch starts every run afresh.
/// </summary>
[Alias("iomsim.IAdministrationGrain")]
public interface IAdministrationGrain : IGrainWithStringKey
{
    /// <summary>Registers members with the dates their membership took effect, in every run of <paramref name="runs"/>.</summary>
    [Alias("Register")]
    Task Register(ImmutableSortedDictionary<StateCode, DateOnly> members, RunBatch runs);

    /// <summary>
    /// Records the Council's approval of an application in the runs at <paramref name="places"/> of the batch (one call
    /// for the whole batch, as every item is decided); the applicant is not yet a member.
    /// </summary>
    [Alias("RecordApproval")]
    Task RecordApproval(StateCode applicant, DateOnly approved, RunBatch runs, ImmutableArray<int> places);

    /// <summary>
    /// Records the applicant's acceptance of the Constitution in every run of the batch whose Council approved its
    /// application: it is a member from that day. Returns, by place in the batch, whether there was an approval to accept
    /// (a run that rejected the application has nothing to accept: an outcome, not an error).
    /// </summary>
    /// <exception cref="ArgumentException">The acceptance predates the approval in some run.</exception>
    [Alias("RecordAcceptance")]
    Task<ImmutableArray<bool>> RecordAcceptance(StateCode applicant, DateOnly accepted, RunBatch runs);

    /// <summary>Records a member's arrears in every run of <paramref name="runs"/>.</summary>
    [Alias("RecordArrears")]
    Task RecordArrears(StateCode member, ArrearsStanding standing, RunBatch runs);

    /// <summary>The members on a day in one run, in code order.</summary>
    [Alias("MembersOn")]
    Task<ImmutableArray<StateCode>> MembersOn(DateOnly day, RunKey run);

    /// <summary>The members on a day in one run who may not vote because of their arrears.</summary>
    [Alias("NotEntitledOn")]
    Task<ImmutableHashSet<StateCode>> NotEntitledOn(DateOnly day, RunKey run);

    /// <summary>Who sits, who may vote and who funds whom on a day, in every run of <paramref name="runs"/>.</summary>
    [Alias("SeatingOn")]
    Task<CouncilSeatings> SeatingOn(DateOnly day, RunBatch runs);

    /// <summary>
    /// Runs a budget year in one run: assesses the members and collects what they pay; publishes the appeal as project
    /// grains; asks each contributor for pledges, largest first, each seeing what the projects still need; closes the
    /// projects; and reports where every dollar went.
    /// </summary>
    [Alias("RunFundingYear")]
    Task<FundingYearReport> RunFundingYear(FundingYearPlan plan, RunKey run);

    /// <summary>
    /// Reports to the Council in session, in every run of <paramref name="runs"/>, the members whose arrears reach the
    /// Constitution's limit (Art. 4(1)): a year later, if still in arrears, they lose their vote.
    /// </summary>
    [Alias("ReportArrearsToCouncil")]
    Task ReportArrearsToCouncil(DateOnly sessionDate, RunBatch runs);

    /// <summary>Who received money from whom in one run's latest budget year, for donors' influence on votes.</summary>
    [Alias("Ties")]
    Task<FundingTies> Ties(RunKey run);
}
