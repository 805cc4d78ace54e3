using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// The Council of an organisation (keyed like its Administration, e.g. <c>iom</c>). For each item it asks every
/// member for its view, averages the blocs' views, gathers the members' decisions, and lets the Constitution's
/// procedure conclude: the same steps as <see cref="AgendaItemProcedure"/>, one member grain each.
/// </summary>
[GrainType("council")]
public sealed class CouncilGrain : Grain, ICouncilGrain
{
    private ImmutableList<AgendaItemResult> _record = [];

    /// <inheritdoc />
    public async Task<AgendaItemResult> Decide(AgendaItem item, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(item);
        var administration = GrainFactory.GetGrain<IAdministrationGrain>(GetPrimaryKeyString());
        var members = await administration.MembersOn(item.Date);
        var notEntitled = await administration.NotEntitledOn(item.Date);
        var grains = members.Select(m => GrainFactory.GetGrain<IMemberStateGrain>(m.Value)).ToArray();

        var assessments = await Task.WhenAll(grains.Select(g => g.Assess(item.Motion)));
        var signals = BlocCohesion.Signals(
            members.Zip(assessments).ToDictionary(p => p.First, p => p.Second.Utility),
            members.Zip(assessments).ToDictionary(p => p.First, p => p.Second.Blocs));

        var ties = await administration.Ties();
        var views = members.Zip(assessments).ToDictionary(p => p.First, p => p.Second.Utility);
        var decisions = await Task.WhenAll(grains.Select((grain, i) => grain.Decide(
            item.Motion,
            signals.TryGetValue(members[i], out var signal) ? signal : null,
            AgendaItemProcedure.DonorPull(ties, members[i], views),
            run)));

        var result = AgendaItemProcedure.Conclude(
            item.Motion,
            members.Zip(decisions).ToImmutableSortedDictionary(p => p.First, p => p.Second),
            notEntitled,
            item.FormalVoteRequestedBy);
        _record = _record.Add(result);
        return result;
    }

    /// <inheritdoc />
    public async Task<ElectionResult> Elect(ElectionItem item, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(item);
        var administration = GrainFactory.GetGrain<IAdministrationGrain>(GetPrimaryKeyString());
        var notEntitled = await administration.NotEntitledOn(item.Date);
        var voters = (await administration.MembersOn(item.Date))
            .Where(m => !notEntitled.Contains(m))
            .Select(m => GrainFactory.GetGrain<IMemberStateGrain>(m.Value))
            .ToArray();

        var state = ElectionState.Start([.. item.Election.Candidates.Select(c => c.Name)]);
        while (!state.IsOverAfter(ElectionProcedure.DefaultMaxRounds))
        {
            var round = state.NextRound;
            var standing = state.Standing;
            var ballots = await Task.WhenAll(voters.Select(v => v.CastBallot(item.Election, standing, round, run)));
            state = ElectionProcedure.Next(state, ballots);
        }

        return state.ToResult();
    }

    /// <inheritdoc />
    public Task<ImmutableList<AgendaItemResult>> Record() => Task.FromResult(_record);
}
