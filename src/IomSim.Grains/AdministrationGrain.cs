using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime;
using IomSim.Runtime.Storage;

namespace IomSim.Grains;

/// <summary>The Administration: the membership register and arrears, kept in persistent state.</summary>
[GrainType("administration")]
public sealed class AdministrationGrain([PersistentState("register")] IPersistentState<AdministrationState> register) : Grain, IAdministrationGrain
{
    /// <inheritdoc />
    public Task Register(ImmutableSortedDictionary<StateCode, DateOnly> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Update(register.State with { Members = register.State.Members.SetItems(members.Select(m => KeyValuePair.Create(m.Key.Value, m.Value))) });
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
    public Task<ImmutableArray<StateCode>> MembersOn(DateOnly day) =>
        Task.FromResult(register.State.Members.Where(m => m.Value <= day).Select(m => StateCode.Parse(m.Key)).ToImmutableArray());

    /// <inheritdoc />
    public Task<ImmutableHashSet<StateCode>> NotEntitledOn(DateOnly day) =>
        Task.FromResult(register.State.Arrears
            .Where(a => register.State.Members.TryGetValue(a.Key, out var since) && since <= day && !a.Value.MayVoteOn(day))
            .Select(a => StateCode.Parse(a.Key))
            .ToImmutableHashSet());

    private Task Update(AdministrationState state)
    {
        register.State = state;
        return register.WriteStateAsync();
    }
}
