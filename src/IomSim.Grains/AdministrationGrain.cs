using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime;
using IomSim.Runtime.Storage;

namespace IomSim.Grains;

/// <summary>
/// The Administration: the membership register, members' assessment accounts and arrears, and the latest funding
/// ties, kept in persistent state; it runs each budget year through the member, contributor and project grains.
/// </summary>
[GrainType("administration")]
public sealed class AdministrationGrain([PersistentState("register")] IPersistentState<AdministrationState> register) : Grain, IAdministrationGrain, IResettableGrain
{
    // Answers computed from the register's immutable parts, remembered by reference and kept across resets: they are
    // pure functions of those parts, and every run of a scenario registers the same map (the stage shares it), so a
    // runtime lists who sits and who may vote once per session rather than once per run.
    private (ImmutableSortedDictionary<StateCode, DateOnly> From, ImmutableSortedDictionary<string, DateOnly> Members)? _registered;
    private (ImmutableSortedDictionary<string, DateOnly> Members, DateOnly Day, ImmutableArray<StateCode> Sitting)? _sitting;
    private (AdministrationState Register, DateOnly Day, ImmutableHashSet<StateCode> NotEntitled)? _notEntitled;
    private (ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, double>> Stored, FundingTies Ties)? _ties;

    /// <inheritdoc/>
    /// <remarks>
    /// Everything the Administration holds is its persistent register, which the runtime resets itself; what it
    /// remembers besides is derived from a register by reference and stays true whatever the register becomes.
    /// </remarks>
    public void Reset()
    {
    }

    /// <inheritdoc />
    public Task Register(ImmutableSortedDictionary<StateCode, DateOnly> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (register.State.Members.IsEmpty && _registered is { } known && known.From == members)
        {
            return Update(register.State with { Members = known.Members });
        }

        // A builder changes its tree in place: a whole Council costs one node per member, not a path per member.
        var sitting = register.State.Members.ToBuilder();
        foreach (var (member, since) in members)
        {
            sitting[member.Value] = since;
        }

        if (register.State.Members.IsEmpty)
        {
            _registered = (members, sitting.ToImmutable());
        }

        return Update(register.State with { Members = sitting.ToImmutable() });
    }

    /// <inheritdoc />
    public Task RecordApproval(StateCode applicant, DateOnly approved) =>
        Update(register.State with { Approved = register.State.Approved.SetItem(applicant.Value, approved) });

    /// <inheritdoc />
    public Task RecordAcceptance(StateCode applicant, DateOnly accepted)
    {
        if (!register.State.Approved.TryGetValue(applicant.Value, out var approved))
        {
            throw new InvalidOperationException($"{applicant} accepted the Constitution, but the Council has not approved its application.");
        }

        if (accepted < approved)
        {
            throw new ArgumentException($"{applicant} cannot accept on {accepted:yyyy-MM-dd}, before its approval on {approved:yyyy-MM-dd}.", nameof(accepted));
        }

        return Update(register.State with
        {
            Approved = register.State.Approved.Remove(applicant.Value),
            Members = register.State.Members.SetItem(applicant.Value, accepted),
        });
    }

    /// <inheritdoc />
    public Task RecordArrears(StateCode member, ArrearsStanding standing) =>
        Update(register.State with { Arrears = register.State.Arrears.SetItem(member.Value, standing) });

    /// <inheritdoc />
    public Task<ImmutableArray<StateCode>> MembersOn(DateOnly day)
    {
        if (_sitting is not { } known || known.Members != register.State.Members || known.Day != day)
        {
            _sitting = known = (register.State.Members, day, ListMembersOn(day));
        }

        return Task.FromResult(known.Sitting);
    }

    /// <inheritdoc />
    public Task<ImmutableHashSet<StateCode>> NotEntitledOn(DateOnly day)
    {
        // Only the members, arrears and accounts bear on the answer; the whole register is the simplest key that holds them.
        var state = register.State;
        if (_notEntitled is not { } known || known.Day != day
            || known.Register.Members != state.Members || known.Register.Arrears != state.Arrears || known.Register.Accounts != state.Accounts)
        {
            _notEntitled = known = (state, day, ListNotEntitledOn(day));
        }

        return Task.FromResult(known.NotEntitled);
    }

    private ImmutableArray<StateCode> ListMembersOn(DateOnly day)
    {
        var members = ImmutableArray.CreateBuilder<StateCode>(register.State.Members.Count);
        foreach (var (code, since) in register.State.Members)
        {
            if (since <= day)
            {
                members.Add(StateCode.Parse(code));
            }
        }

        return members.DrainToImmutable();
    }

    private ImmutableHashSet<StateCode> ListNotEntitledOn(DateOnly day)
    {
        var recorded = register.State.Arrears.Where(a => !a.Value.MayVoteOn(day)).Select(a => a.Key);
        var assessed = register.State.Accounts
            .Where(a => !a.Value.For(StateCode.Parse(a.Key)).StandingOn(day).MayVoteOn(day))
            .Select(a => a.Key);
        return recorded.Concat(assessed)
            .Where(code => register.State.Members.TryGetValue(code, out var since) && since <= day)
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
        await Update(register.State with
        {
            Accounts = accounts,
            Ties = ties.ByRecipient.ToImmutableSortedDictionary(
                r => r.Key.Value,
                r => r.Value.ToImmutableSortedDictionary(d => d.Key.Value, d => d.Value, StringComparer.Ordinal),
                StringComparer.Ordinal),
        });
        return new FundingYearReport(ledger, plan.Assessments, paid, arrears);
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<StateCode>> ReportArrearsToCouncil(DateOnly sessionDate)
    {
        var reported = ImmutableArray.CreateBuilder<StateCode>();
        var accounts = register.State.Accounts;
        foreach (var (code, stored) in register.State.Accounts)
        {
            var member = StateCode.Parse(code);
            var account = stored.For(member).NotifyCouncil(sessionDate);
            if (account.CouncilNotified == stored.CouncilNotified)
            {
                continue;
            }

            if (stored.CouncilNotified is null)
            {
                reported.Add(member);
            }

            accounts = accounts.SetItem(code, StoredAssessmentAccount.Of(account));
        }

        // Written only when a notice was given or lifted: most sessions change nothing.
        if (accounts != register.State.Accounts)
        {
            await Update(register.State with { Accounts = accounts });
        }

        return reported.ToImmutable();
    }

    /// <inheritdoc />
    public Task<FundingTies> Ties()
    {
        var stored = register.State.Ties;
        if (_ties is not { } known || known.Stored != stored)
        {
            _ties = known = (stored, stored.IsEmpty ? FundingTies.None : new FundingTies(stored.ToImmutableSortedDictionary(
                r => StateCode.Parse(r.Key),
                r => r.Value.ToImmutableSortedDictionary(d => DonorId.Parse(d.Key), d => d.Value))));
        }

        return Task.FromResult(known.Ties);
    }

    // Every member is asked at once; what each pays is its own keyed draw, so the answers do not depend on order.
    private async Task<(ImmutableSortedDictionary<string, StoredAssessmentAccount> Accounts, ImmutableSortedDictionary<StateCode, decimal> Paid)> CollectAssessmentsAsync(
        FundingYearPlan plan, RunKey run)
    {
        var payments = await Task.WhenAll(plan.Assessments.Select(due => GrainFactory.GetGrain<IMemberStateGrain>(due.Member.Value).PayAssessment(due, run)));
        var accounts = register.State.Accounts;
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
        var projects = plan.Appeals.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => GrainFactory.GetGrain<IProjectGrain>(a.Id)).ToArray();
        await Task.WhenAll(plan.Appeals.Select(a => GrainFactory.GetGrain<IProjectGrain>(a.Id).Open(a)));

        var carriedOver = new Dictionary<DonorId, decimal>();
        foreach (var budget in FundingYearProcedure.PledgingOrder(plan.Budgets).Where(b => b.EarmarkedUsd > 0))
        {
            var open = (await Task.WhenAll(projects.Select(p => p.Need()))).ToImmutableArray();
            var pledges = await PledgesOf(budget.Donor, open, run);
            var excess = pledges.UnplacedUsd;
            foreach (var pledge in pledges.Pledges)
            {
                excess += (await GrainFactory.GetGrain<IProjectGrain>(pledge.AppealId).Receive(pledge)).ExcessUsd;
            }

            carriedOver[budget.Donor] = excess;
        }

        var closings = (await Task.WhenAll(projects.Select(p => p.Close(plan.Rules)))).ToImmutableArray();
        return FundingYearProcedure.LedgerOf(plan.Year, plan.Budgets, closings, carriedOver);
    }

    private Task<PledgePlan> PledgesOf(DonorId donor, ImmutableArray<OpenAppeal> open, RunKey run) =>
        donor.State is { } state
            ? GrainFactory.GetGrain<IMemberStateGrain>(state.Value).Pledge(open, run)
            : GrainFactory.GetGrain<IContributorGrain>(donor.Value).Pledge(open, run);

    private Task Update(AdministrationState state)
    {
        register.State = state;
        return register.WriteStateAsync();
    }
}
