using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// The Council of an organisation (keyed like its Administration, e.g. <c>iom</c>). For each item it asks every
/// member for its view, averages the blocs' views, gathers the members' decisions, and lets the Constitution's
/// procedure conclude: the same steps as <see cref="AgendaItemProcedure"/>, one member grain each.
/// </summary>
[GrainType("council")]
public sealed class CouncilGrain : Grain, ICouncilGrain, IResettableGrain
{
    private ImmutableList<AgendaItemResult> _record = [];

    // The member grains and their briefs for the last list of members and briefs, by reference, kept across resets:
    // every run of a session sits the same members (the Administration hands back the same list) with the same
    // briefs, so a runtime looks them up once per session rather than once per run. The worksheet goes with them.
    private (ImmutableArray<StateCode> Members, StateDictionary<MemberStateSetup> Briefs, IMemberStateGrain[] Grains, MemberStateSetup[] Briefed, CouncilWorksheet Sheet)? _seated;

    // The blocs of the last members, laid out from their answers and kept across resets like the seats: the members
    // answer with their briefs' bloc lists, the same arrays in every run, so the layout is built again only when a
    // member answers with another list (or other members sit).
    private BlocLayout? _blocs;

    /// <inheritdoc/>
    public void Reset() => _record = [];

    /// <inheritdoc />
    public async Task<AgendaItemResult> Decide(AgendaItem item, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(item);
        var administration = GrainFactory.GetGrain<IAdministrationGrain>(GetPrimaryKeyString());
        var members = await administration.MembersOn(item.Date);
        var notEntitled = await administration.NotEntitledOn(item.Date);
        var (grains, briefs, sheet) = Seat(members, item);

        // One pass over the answers, into the worksheet's arrays: this runs once per item per run, for every member.
        await GrainFanOut.AskAll(grains, (member, i) => member.Assess(briefs[i], item.Motion), sheet.Assessments);
        var views = sheet.Views;
        var blocs = sheet.Blocs;
        for (var i = 0; i < members.Length; i++)
        {
            views[i] = sheet.Assessments[i].Utility;
            blocs[i] = sheet.Assessments[i].Blocs;
        }

        var layout = _blocs is { } known && known.Fits(members, blocs) ? known : _blocs = BlocLayout.Of(members, blocs);
        var signals = sheet.Signals;
        layout.Signals(views, signals);
        var ties = await administration.Ties();
        var viewsByCode = ties.ByRecipient.IsEmpty ? null : AgendaItemProcedure.Views(members.AsSpan(), views);
        await GrainFanOut.AskAll(
            grains,
            (member, i) => member.Decide(
                briefs[i],
                item.Motion,
                signals[i],
                viewsByCode is null ? 0.0 : AgendaItemProcedure.DonorPull(ties, members[i], viewsByCode),
                run),
            sheet.Decisions);
        var result = AgendaItemProcedure.Conclude(item.Motion, members, sheet.Decisions, notEntitled, item.FormalVoteRequestedBy);
        _record = _record.Add(result);
        return result;
    }

    /// <inheritdoc />
    public async Task<ElectionResult> Elect(ElectionItem item, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(item);
        var administration = GrainFactory.GetGrain<IAdministrationGrain>(GetPrimaryKeyString());
        var notEntitled = await administration.NotEntitledOn(item.Date);
        var entitled = (await administration.MembersOn(item.Date)).Where(m => !notEntitled.Contains(m)).ToArray();
        var voters = entitled.Select(m => GrainFactory.GetGrain<IMemberStateGrain>(m.Value)).ToArray();
        var briefs = entitled.Select((m, i) => BriefOf(item.Briefs, m, i, item.Date)).ToArray();

        var state = item.Election.Start();
        while (!state.IsOver)
        {
            var round = state.NextRound;
            var standing = state.Standing;
            var ballots = await GrainFanOut.AskAll(voters, (voter, i) => voter.CastBallot(briefs[i], item.Election, standing, round, run));
            state = ElectionProcedure.Next(state, ballots);
        }

        return state.ToResult();
    }

    private (IMemberStateGrain[] Grains, MemberStateSetup[] Briefs, CouncilWorksheet Sheet) Seat(ImmutableArray<StateCode> members, AgendaItem item)
    {
        if (_seated is { } seated && seated.Members == members && ReferenceEquals(seated.Briefs, item.Briefs))
        {
            return (seated.Grains, seated.Briefed, seated.Sheet);
        }

        var grains = new IMemberStateGrain[members.Length];
        var briefs = new MemberStateSetup[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            grains[i] = GrainFactory.GetGrain<IMemberStateGrain>(members[i].Value);
            briefs[i] = BriefOf(item.Briefs, members[i], i, item.Date);
        }

        var sheet = new CouncilWorksheet(members.Length);
        _seated = (members, item.Briefs, grains, briefs, sheet);
        return (grains, briefs, sheet);
    }

    // The members and the briefs usually come in the same code order, so the brief is found at the member's own place.
    private static MemberStateSetup BriefOf(StateDictionary<MemberStateSetup> briefs, StateCode member, int position, DateOnly date) =>
        position < briefs.Count && briefs.Keys[position] == member ? briefs.Values[position]
        : briefs.TryGetValue(member, out var brief) ? brief
        : throw new InvalidOperationException($"Member state {member} sits on {date:yyyy-MM-dd} but the item brings no brief for it.");

    /// <inheritdoc />
    public Task<ImmutableList<AgendaItemResult>> Record() => Task.FromResult(_record);
}
