using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IomSim.Domain.Funding;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using Orleans.Placement;

namespace IomSim.Grains;

/// <summary>
/// The Administration of a lane: for each run of the batch in hand, the membership register, members' assessment
/// accounts and arrears, and the latest funding ties; it runs each budget year through the lane's member, contributor
/// and project grains.
/// </summary>
[GrainType("administration")]
[PreferLocalPlacement]
public sealed class AdministrationGrain : Grain, IAdministrationGrain
{
    private readonly PerRun<AdministrationState> _registers = new(() => AdministrationState.Empty);

    // Answers computed from a register's immutable parts, remembered by reference and kept across runs and batches:
    // they are pure functions of those parts, and the runs of a play share the maps they have not changed (the stage
    // hands every run the same register), so who sits and who may vote are listed once, not once per run.
    private (ImmutableSortedDictionary<StateCode, DateOnly> From, ImmutableSortedDictionary<string, DateOnly> Members)? _registered;
    private (ImmutableSortedDictionary<string, DateOnly> Members, DateOnly Day, ImmutableArray<StateCode> Sitting)? _sitting;
    private (AdministrationState Register, DateOnly Day, ImmutableHashSet<StateCode> NotEntitled)? _notEntitled;
    private (ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> Stored, FundingTies Ties)? _ties;
    private CouncilSeating? _seated;

    private string Lane => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public Task Register(ImmutableSortedDictionary<StateCode, DateOnly> members, RunBatch runs)
    {
        ArgumentNullException.ThrowIfNull(members);
        var registers = _registers.For(runs);
        for (var p = 0; p < registers.Length; p++)
        {
            registers[p] = Registered(registers[p], members);
        }

        return Task.CompletedTask;
    }

    private AdministrationState Registered(AdministrationState register, ImmutableSortedDictionary<StateCode, DateOnly> members)
    {
        if (register.Members.IsEmpty && _registered is { } known && known.From == members)
        {
            return register with { Members = known.Members };
        }

        // A builder changes its tree in place: a whole Council costs one node per member, not a path per member.
        var sitting = register.Members.ToBuilder();
        foreach (var (member, since) in members)
        {
            sitting[member.Value] = since;
        }

        if (register.Members.IsEmpty)
        {
            _registered = (members, sitting.ToImmutable());
            return register with { Members = _registered.Value.Members };
        }

        return register with { Members = sitting.ToImmutable() };
    }

    /// <inheritdoc />
    public Task RecordApproval(StateCode applicant, DateOnly approved, RunBatch runs, ImmutableArray<int> places)
    {
        var registers = _registers.For(runs);
        foreach (var p in places)
        {
            registers[p] = registers[p] with { Approved = registers[p].Approved.SetItem(applicant.Value, approved) };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<bool>> RecordAcceptance(StateCode applicant, DateOnly accepted, RunBatch runs)
    {
        var registers = _registers.For(runs);
        var accepting = new bool[registers.Length];
        for (var p = 0; p < registers.Length; p++)
        {
            var register = registers[p];
            if (!register.Approved.TryGetValue(applicant.Value, out var approved))
            {
                continue;
            }

            if (accepted < approved)
            {
                throw new ArgumentException($"{applicant} cannot accept on {accepted:yyyy-MM-dd}, before its approval on {approved:yyyy-MM-dd}.", nameof(accepted));
            }

            registers[p] = register with
            {
                Approved = register.Approved.Remove(applicant.Value),
                Members = register.Members.SetItem(applicant.Value, accepted),
            };
            accepting[p] = true;
        }

        return Task.FromResult(ImmutableCollectionsMarshal.AsImmutableArray(accepting));
    }

    /// <inheritdoc />
    public Task RecordArrears(StateCode member, ArrearsStanding standing, RunBatch runs)
    {
        var registers = _registers.For(runs);
        for (var p = 0; p < registers.Length; p++)
        {
            registers[p] = registers[p] with { Arrears = registers[p].Arrears.SetItem(member.Value, standing) };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<StateCode>> MembersOn(DateOnly day, RunKey run) => Task.FromResult(Sitting(_registers[run], day));

    /// <inheritdoc />
    public Task<ImmutableHashSet<StateCode>> NotEntitledOn(DateOnly day, RunKey run) => Task.FromResult(NotEntitled(_registers[run], day));

    /// <inheritdoc />
    public Task<FundingTies> Ties(RunKey run) => Task.FromResult(TiesOf(_registers[run]));

    /// <inheritdoc />
    public Task<CouncilSeatings> SeatingOn(DateOnly day, RunBatch runs)
    {
        var registers = _registers.For(runs);
        var seatings = new CouncilSeating[registers.Length];
        for (var p = 0; p < registers.Length; p++)
        {
            var (members, notEntitled, ties) = (Sitting(registers[p], day), NotEntitled(registers[p], day), TiesOf(registers[p]));

            // Runs whose registers agree share one seating, which the Council then works out once.
            _seated = _seated is { } last && last.Members == members && ReferenceEquals(last.NotEntitled, notEntitled) && ReferenceEquals(last.Ties, ties)
                ? last
                : new CouncilSeating(members, notEntitled, ties);
            seatings[p] = _seated;
        }

        return Task.FromResult(new CouncilSeatings(ImmutableCollectionsMarshal.AsImmutableArray(seatings)));
    }

    private ImmutableArray<StateCode> Sitting(AdministrationState register, DateOnly day)
    {
        if (_sitting is not { } known || known.Members != register.Members || known.Day != day)
        {
            _sitting = known = (register.Members, day, ListMembersOn(register, day));
        }

        return known.Sitting;
    }

    private ImmutableHashSet<StateCode> NotEntitled(AdministrationState register, DateOnly day)
    {
        // Only the members, arrears and accounts bear on the answer.
        if (_notEntitled is not { } known || known.Day != day
            || known.Register.Members != register.Members || known.Register.Arrears != register.Arrears || known.Register.Accounts != register.Accounts)
        {
            _notEntitled = known = (register, day, ListNotEntitledOn(register, day));
        }

        return known.NotEntitled;
    }

    private FundingTies TiesOf(AdministrationState register)
    {
        var stored = register.Ties;
        if (_ties is not { } known || known.Stored != stored)
        {
            _ties = known = (stored, stored.IsEmpty ? FundingTies.None : new FundingTies(stored.ToImmutableSortedDictionary(
                r => StateCode.Parse(r.Key),
                r => r.Value.ToImmutableSortedDictionary(d => DonorId.Parse(d.Key), d => d.Value))));
        }

        return known.Ties;
    }

    private static ImmutableArray<StateCode> ListMembersOn(AdministrationState register, DateOnly day)
    {
        var members = ImmutableArray.CreateBuilder<StateCode>(register.Members.Count);
        foreach (var (code, since) in register.Members)
        {
            if (since <= day)
            {
                members.Add(StateCode.Parse(code));
            }
        }

        return members.DrainToImmutable();
    }

    private static ImmutableHashSet<StateCode> ListNotEntitledOn(AdministrationState register, DateOnly day)
    {
        var recorded = register.Arrears.Where(a => !a.Value.MayVoteOn(day)).Select(a => a.Key);
        var assessed = register.Accounts
            .Where(a => !a.Value.For(StateCode.Parse(a.Key)).StandingOn(day).MayVoteOn(day))
            .Select(a => a.Key);
        return recorded.Concat(assessed)
            .Where(code => register.Members.TryGetValue(code, out var since) && since <= day)
            .Select(StateCode.Parse)
            .ToImmutableHashSet();
    }

    /// <inheritdoc />
    public async Task<FundingYearReport> RunFundingYear(FundingYearPlan plan, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (accounts, paid) = await CollectAssessmentsAsync(plan, run);
        var ledger = await FundAppealsAsync(plan, run);

        var yearEnd = new DateOnly(plan.Year, 12, 31);
        var arrears = accounts
            .Select(a => (Member: StateCode.Parse(a.Key), Arrears: a.Value.For(StateCode.Parse(a.Key)).ArrearsOn(yearEnd)))
            .Where(a => a.Arrears > 0)
            .ToImmutableSortedDictionary(a => a.Member, a => a.Arrears);
        var ties = FundingTies.From(ledger);
        _registers[run] = _registers[run] with
        {
            Accounts = accounts,
            Ties = ties.ByRecipient.ToImmutableSortedDictionary(
                r => r.Key.Value,
                r => r.Value.ToImmutableSortedDictionary(d => d.Key.Value, d => d.Value, StringComparer.Ordinal),
                StringComparer.Ordinal),
        };
        return new FundingYearReport(ledger, plan.Assessments, paid, arrears);
    }

    /// <inheritdoc />
    public Task ReportArrearsToCouncil(DateOnly sessionDate, RunBatch runs)
    {
        var registers = _registers.For(runs);
        for (var p = 0; p < registers.Length; p++)
        {
            registers[p] = Notified(registers[p], sessionDate);
        }

        return Task.CompletedTask;
    }

    // The register after the Council is told of the members whose arrears reached the limit (most sessions change nothing).
    private static AdministrationState Notified(AdministrationState register, DateOnly sessionDate)
    {
        var accounts = register.Accounts;
        foreach (var (code, stored) in register.Accounts)
        {
            var account = stored.For(StateCode.Parse(code)).NotifyCouncil(sessionDate);
            if (account.CouncilNotified != stored.CouncilNotified)
            {
                accounts = accounts.SetItem(code, StoredAssessmentAccount.Of(account));
            }
        }

        return accounts == register.Accounts ? register : register with { Accounts = accounts };
    }

    // Every member is asked at once; what each pays is its own keyed draw, and the answers are read in member order.
    private async Task<(ImmutableSortedDictionary<string, StoredAssessmentAccount> Accounts, ImmutableSortedDictionary<StateCode, decimal> Paid)> CollectAssessmentsAsync(
        FundingYearPlan plan, RunKey run)
    {
        var payments = await Task.WhenAll(plan.Assessments.Select(due => Member(due.Member).PayAssessment(due, run)));
        var accounts = _registers[run].Accounts;
        var paid = ImmutableSortedDictionary.CreateBuilder<StateCode, decimal>();
        foreach (var (due, payment) in plan.Assessments.Zip(payments))
        {
            var account = (accounts.TryGetValue(due.Member.Value, out var stored) ? stored.For(due.Member) : AssessmentAccount.Open(due.Member)).Assess(due);
            if (payment > 0)
            {
                account = account.Pay(due.Year, payment);
            }

            paid[due.Member] = payment;
            accounts = accounts.SetItem(due.Member.Value, StoredAssessmentAccount.Of(account));
        }

        return (accounts, paid.ToImmutable());
    }

    // Contributors pledge one after another, largest first, each seeing what the projects still need: the same steps
    // as FundingYearProcedure, one grain per project and contributor.
    private async Task<FundingYearLedger> FundAppealsAsync(FundingYearPlan plan, RunKey run)
    {
        var projects = plan.Appeals.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => Project(a.Id)).ToArray();
        await Task.WhenAll(plan.Appeals.Select(a => Project(a.Id).Open(a, run)));

        var carriedOver = new Dictionary<DonorId, decimal>();
        foreach (var budget in FundingYearProcedure.PledgingOrder(plan.Budgets).Where(b => b.EarmarkedUsd > 0))
        {
            var open = (await Task.WhenAll(projects.Select(p => p.Need(run)))).ToImmutableArray();
            var pledges = await PledgesOf(budget.Donor, open, run);
            var excess = pledges.UnplacedUsd;
            foreach (var pledge in pledges.Pledges)
            {
                excess += (await Project(pledge.AppealId).Receive(pledge, run)).ExcessUsd;
            }

            carriedOver[budget.Donor] = excess;
        }

        var closings = (await Task.WhenAll(projects.Select(p => p.Close(plan.Rules, run)))).ToImmutableArray();
        return FundingYearProcedure.LedgerOf(plan.Year, plan.Budgets, closings, carriedOver);
    }

    private Task<PledgePlan> PledgesOf(DonorId donor, ImmutableArray<OpenAppeal> open, RunKey run) =>
        donor.State is { } state
            ? Member(state).Pledge(open, run)
            : GrainFactory.GetGrain<IContributorGrain>(LaneKeys.Within(Lane, donor.Value)).Pledge(open, run);

    private IMemberStateGrain Member(StateCode code) => GrainFactory.GetGrain<IMemberStateGrain>(LaneKeys.Within(Lane, code.Value));

    private IProjectGrain Project(string appeal) => GrainFactory.GetGrain<IProjectGrain>(LaneKeys.Within(Lane, appeal));
}
